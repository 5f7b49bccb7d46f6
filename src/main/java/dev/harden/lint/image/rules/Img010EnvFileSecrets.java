package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageChecks;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .env}-style files ({@link ImageChecks#ENV_FILES}) that assign a value to a secret-looking
 * key ({@code DB_PASSWORD=…}, {@code API_TOKEN=…}) or hold a credential-looking value (a URL with
 * a password, an AWS access key id, a GitHub or Slack token). Templates ({@code .env.example},
 * {@code .env.sample}…), placeholders ({@code ${VAR}}, {@code <token>}, {@code changeme}), numbers
 * and file paths ({@code *_FILE=/run/secrets/x}) are not secrets. Messages name the keys, never
 * the values.
 */
public final class Img010EnvFileSecrets implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG010", RuleKind.IMAGE, "Keep secrets out of .env files in the image")
          .severity(Severity.WARNING)
          .rationale(
              "A .env file copied into the image hands its passwords and tokens to everyone who"
                  + " can pull the image; pass them at run time (environment, mounted secrets).")
          .aliases("CIS-DI-0010")
          .build();

  private static final int MAX_BYTES = 256 * 1024;
  private static final int MAX_KEYS_SHOWN = 8;

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern SECRET_KEY = Pattern.compile(
      "PASSWORD|PASSWD|(?:^|_)PWD(?:$|_)|(?:^|_)PASS(?:$|_)|SECRET|TOKEN|API_?KEY|ACCESS_?KEY"
          + "|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY");
  private static final Pattern SECRET_VALUE = Pattern.compile(
      "[a-z][a-z0-9+.-]*://[^/\\s:@]*:[^/\\s@$<{][^/\\s@]*@.*"
          + "|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}"
          + "|xox[abposr]-[A-Za-z0-9-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*");
  private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change_me", "change-me",
      "placeholder", "example", "dummy", "none", "null", "nil", "true", "false", "yes", "no",
      "secret", "password", "token", "todo", "tbd", "redacted");
  private static final Pattern TEMPLATE =
      Pattern.compile("\\.(?:example|sample|template|tpl|dist|defaults?)$|\\.(?:example|sample)\\.");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    for (FileEntry file : ImageTree.of(image).envFiles()) {
      if (SecretPaths.exempt(file.path()) || TEMPLATE.matcher(file.name()).find()) {
        continue;
      }
      Optional<String> text = KeptText.read(image, file, MAX_BYTES);
      if (text.isEmpty()) {
        continue;
      }
      List<String> keys = secretKeys(text.get());
      if (!keys.isEmpty()) {
        List<String> shown = keys.size() > MAX_KEYS_SHOWN ? keys.subList(0, MAX_KEYS_SHOWN) : keys;
        String more = keys.size() > shown.size() ? " and " + (keys.size() - shown.size())
            + " more" : "";
        out.report(image.at(file), "environment file " + file.path() + " sets "
            + String.join(", ", shown) + more + " (values not shown): pass secrets at run time");
      }
    }
  }

  /** The keys whose values look like secrets, in file order, each once. */
  static List<String> secretKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    for (String line : text.split("\r?\n")) {
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = ASSIGNMENT.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String key = m.group(1);
      String value = unquote(m.group(2));
      if (SECRET_VALUE.matcher(value).matches()
          || (SECRET_KEY.matcher(key.toUpperCase(Locale.ROOT)).find() && isValue(key, value))) {
        keys.add(key);
      }
    }
    return new ArrayList<>(keys);
  }

  /** A concrete value: not empty, not a reference, placeholder, number or file path. */
  private static boolean isValue(String key, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return !value.isEmpty()
        && !key.toUpperCase(Locale.ROOT).endsWith("_FILE")
        && !value.startsWith("$")
        && !value.startsWith("/")
        && !(value.startsWith("<") && value.endsWith(">"))
        && !v.matches("[0-9.]+|x+|\\*+|your[_-].*|.*[_-]here")
        && !PLACEHOLDERS.contains(v);
  }

  private static String unquote(String value) {
    String v = value;
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    int hash = v.indexOf(" #");
    return hash >= 0 ? v.substring(0, hash).strip() : v;
  }
}
