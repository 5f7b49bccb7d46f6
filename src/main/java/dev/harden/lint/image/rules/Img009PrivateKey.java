package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageChecks;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private keys baked into the image: PEM blocks ({@code -----BEGIN RSA PRIVATE KEY-----},
 * PKCS#8, EC, DSA, OpenSSH, PGP) with their END line, in files whose names suggest keys
 * ({@link ImageChecks#KEY_FILES}). Test fixtures, examples and vendored dependencies are skipped
 * (see {@link SecretPaths}).
 */
public final class Img009PrivateKey implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG009", RuleKind.IMAGE, "Keep private keys out of the image")
          .severity(Severity.ERROR)
          .rationale(
              "Everyone who can pull the image can read every file in it, in every layer: a key"
                  + " baked in is a key shared with them. Mount keys at run time as secrets.")
          .aliases("CIS-DI-0010", "private-key")
          .build();

  /** Keys are a few KiB; a bundle with a key after its certificates still fits. */
  private static final int MAX_BYTES = 256 * 1024;

  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]*?)PRIVATE KEY((?: BLOCK)?)-----(.{16,}?)-----END \\1PRIVATE KEY\\2-----",
      Pattern.DOTALL);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    for (FileEntry file : ImageTree.of(image).keyFiles()) {
      if (SecretPaths.exempt(file.path())) {
        continue;
      }
      Optional<String> text = KeptText.read(image, file, MAX_BYTES);
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = PEM.matcher(text.get());
      if (m.find()) {
        String kind = m.group(1).trim();
        String label = (kind.isEmpty() || kind.equals("ENCRYPTED") ? "" : kind + " ")
            + "private key";
        String encrypted = encrypted(kind, m.group(3)) ? " (encrypted)" : "";
        out.report(image.at(file), label + encrypted + " in " + file.path()
            + ": everyone who can pull the image has it; mount it at run time as a secret");
      }
    }
  }

  /** PKCS#8 {@code ENCRYPTED}, legacy {@code Proc-Type: 4,ENCRYPTED}, or an OpenSSH cipher. */
  static boolean encrypted(String kind, String body) {
    if (kind.equals("ENCRYPTED") || body.contains("ENCRYPTED")) {
      return true;
    }
    if (!kind.equals("OPENSSH")) {
      return false;
    }
    byte[] raw;
    try {
      raw = Base64.getMimeDecoder().decode(body.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    // "openssh-key-v1\0", then the cipher name as a length-prefixed string: "none" when clear
    byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    if (raw.length < magic.length + 4
        || !Arrays.equals(raw, 0, magic.length, magic, 0, magic.length)) {
      return false;
    }
    int at = magic.length;
    int len = ((raw[at] & 0xff) << 24) | ((raw[at + 1] & 0xff) << 16)
        | ((raw[at + 2] & 0xff) << 8) | (raw[at + 3] & 0xff);
    if (len <= 0 || len > 64 || at + 4 + len > raw.length) {
      return false;
    }
    return !new String(raw, at + 4, len, StandardCharsets.US_ASCII).equals("none");
  }
}
