package dev.harden.lint.dockerfile.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What looks like a secret in a Dockerfile: variable names that hold credentials, values shaped
 * like well-known tokens or keys (whatever the name), and file names of keys and credential files.
 * Placeholders and things that merely mention a key (a GPG fingerprint, a key file's path, a public
 * key) are not secrets.
 */
final class SecretPatterns {

  /** A value found in text: what it looks like and where it starts. */
  record Match(String kind, int start, int end) {}

  /** Names that are credentials whatever else they contain (cloud and CI conventions). */
  private static final Set<String> KNOWN_NAMES =
      Set.of(
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AZURE_CLIENT_SECRET",
          "GITHUB_TOKEN",
          "GH_TOKEN",
          "HF_TOKEN",
          "NPM_TOKEN",
          "OPENAI_API_KEY");

  /** Name tokens that mean the value is a secret. */
  private static final Set<String> SECRET_TOKENS =
      Set.of(
          "password",
          "passwd",
          "passphrase",
          "pass",
          "pwd",
          "secret",
          "secrets",
          "token",
          "apikey",
          "credential",
          "credentials",
          "privatekey");

  /** Token pairs that mean the value is a key that must stay secret. */
  private static final List<String> SECRET_PAIRS =
      List.of(
          "api_key",
          "private_key",
          "secret_key",
          "access_key",
          "encryption_key",
          "signing_key",
          "master_key",
          "client_key",
          "auth_key");

  /** Last name tokens saying the value is about a secret, not the secret itself. */
  private static final Set<String> ABOUT_SECRET =
      Set.of(
          "file",
          "path",
          "dir",
          "url",
          "uri",
          "endpoint",
          "host",
          "port",
          "name",
          "id",
          "length",
          "ttl",
          "timeout",
          "expiry",
          "expires",
          "expiration",
          "type",
          "header",
          "enabled",
          "enable",
          "disabled",
          "required",
          "policy",
          "version",
          "location",
          "mount",
          "env",
          "fingerprint",
          "algorithm",
          "regex",
          "pattern",
          "format",
          "prefix",
          "rotation");

  /** Name tokens saying the value is public. */
  private static final Set<String> PUBLIC_TOKENS = Set.of("public", "pub", "gpg", "pgp");

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)(|change[-_ ]?me|replace[-_ ]?me|placeholder|dummy|.*example.*|sample|redacted|todo"
              + "|tbd|fixme|none|null|nil|undefined|true|false|yes|no|on|off|[x*.#-]+"
              + "|<[^>]*>|\\{\\{.*}}|%[a-z_]+%|your[-_].*|.*[-_]here)");

  private static final List<Pattern> VALUES = new ArrayList<>();
  private static final List<String> VALUE_KINDS = new ArrayList<>();
  private static final List<List<String>> VALUE_HINTS = new ArrayList<>();

  // Each shape names literals one of which any match contains: the search, which tests a word
  // boundary at every position, runs only on text holding one (it was most of a lint's rule time).
  static {
    value("an AWS access key id", "\\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b",
        "AKIA", "ASIA", "ABIA", "ACCA");
    value("a GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})\\b",
        "gh");
    value("a GitLab token", "\\bglpat-[A-Za-z0-9_-]{20}\\b", "glpat-");
    value("a Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", "xox");
    value("a Slack webhook", "https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/\\w+",
        "https://hooks.slack.com/");
    value("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}\\b", "AIza");
    value("a Stripe live key", "\\b[rs]k_live_[0-9A-Za-z]{24,}\\b", "k_live_");
    value("an npm token", "\\bnpm_[A-Za-z0-9]{36}\\b", "npm_");
    value("an OpenAI key", "\\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}",
        "T3BlbkFJ");
    value(
        "a private key",
        "-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----",
        "PRIVATE KEY");
    value("a password in a URL", "\\b[a-z][a-z0-9+.-]*://[^/\\s:@$'\"]+:([^/\\s@$'\"{]{3,})@",
        "://");
  }

  private static final Pattern SSH_KEY = Pattern.compile("id_(rsa|dsa|ecdsa|ed25519)(_sk)?");
  private static final Pattern DOTENV =
      Pattern.compile("\\.env(\\.(?!example$|sample$|template$|dist$|defaults?$)[\\w.-]+)?");
  private static final Pattern KEY_FILE =
      Pattern.compile("(?i).*\\.(key|p12|pfx)|.*(key|priv)[^/]*\\.pem");
  private static final Set<String> CREDENTIAL_FILES =
      Set.of(
          "credentials",
          "credentials.json",
          ".git-credentials",
          ".netrc",
          ".pgpass",
          ".htpasswd",
          ".dockercfg");

  private SecretPatterns() {}

  private static void value(String kind, String regex, String... hints) {
    VALUE_KINDS.add(kind);
    VALUES.add(Pattern.compile(regex));
    VALUE_HINTS.add(List.of(hints));
  }

  private static boolean mayMatch(String text, List<String> hints) {
    for (String hint : hints) {
      if (text.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  /** True when a variable of this name holds a credential. */
  static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (KNOWN_NAMES.contains(upper)) {
      return true;
    }
    List<String> tokens = tokens(name);
    if (tokens.isEmpty()
        || tokens.equals(List.of("pwd"))
        || ABOUT_SECRET.contains(tokens.get(tokens.size() - 1))) {
      return false;
    }
    for (String t : tokens) {
      if (PUBLIC_TOKENS.contains(t)) {
        return false;
      }
    }
    for (String t : tokens) {
      if (SECRET_TOKENS.contains(t)) {
        return true;
      }
    }
    String joined = String.join("_", tokens);
    for (String pair : SECRET_PAIRS) {
      if (joined.equals(pair)
          || joined.startsWith(pair + "_")
          || joined.endsWith("_" + pair)
          || joined.contains("_" + pair + "_")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower-case name tokens: {@code dbPassword}, {@code DB_PASSWORD} and {@code db-password} agree.
   */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * True for a value worth protecting: not empty, not a placeholder, a boolean, a short number, a
   * file path or a variable reference.
   */
  static boolean isSecretValue(String value) {
    String v = value.strip();
    return !PLACEHOLDER.matcher(v).matches()
        && !v.matches("[0-9]{1,6}")
        && !v.startsWith("/")
        && !v.startsWith("./")
        && !v.startsWith("~/")
        && !v.startsWith("$");
  }

  /**
   * Values shaped like well-known secrets anywhere in {@code text}, in order; where two shapes
   * overlap (a token inside a URL's password) the first found wins.
   */
  static List<Match> values(String text) {
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < VALUES.size(); i++) {
      if (!mayMatch(text, VALUE_HINTS.get(i))) {
        continue;
      }
      Matcher m = VALUES.get(i).matcher(text);
      while (m.find()) {
        String hit = m.group();
        boolean example =
            hit.endsWith("EXAMPLE")
                || (m.groupCount() > 0 && m.group(1) != null && !isSecretValue(m.group(1)));
        if (!example && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
          found.add(new Match(VALUE_KINDS.get(i), m.start(), m.end()));
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(Match::start));
    return found;
  }

  /** What a copied file is, when its name says it holds a private key or credentials. */
  static Optional<String> secretFile(String path) {
    String name = path.replaceAll("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    if (SSH_KEY.matcher(name).matches()) {
      return Optional.of("an SSH private key");
    }
    if (DOTENV.matcher(name).matches()) {
      return Optional.of("a .env file");
    }
    if (CREDENTIAL_FILES.contains(name)
        || path.endsWith(".aws/credentials")
        || path.endsWith(".docker/config.json")) {
      return Optional.of("a credentials file");
    }
    if (KEY_FILE.matcher(name).matches()) {
      return Optional.of("a private key file");
    }
    return Optional.empty();
  }
}
