package dev.harden.version.deb;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.NumericStrings;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;

/**
 * Debian package versions, {@code [epoch:]upstream[-revision]}, ordered as dpkg orders them
 * (deb-version(7)): numeric epoch, then upstream and revision compared run by run, where in the
 * non-digit runs {@code ~} sorts before everything (even the end), letters before other
 * characters, and digit runs compare as numbers. Also used for Ubuntu.
 */
public final class DebianVersionScheme implements VersionScheme {

  public static final DebianVersionScheme INSTANCE = new DebianVersionScheme();

  private DebianVersionScheme() {}

  @Override
  public String id() {
    return "deb";
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null) {
      throw new InvalidVersionException(id(), "null", "no version");
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      throw new InvalidVersionException(id(), raw, "empty");
    }
    String epoch = "";
    int colon = s.indexOf(':');
    if (colon >= 0) {
      epoch = s.substring(0, colon);
      if (!NumericStrings.isDigits(epoch)) {
        throw new InvalidVersionException(id(), raw, "epoch is not a number");
      }
      s = s.substring(colon + 1);
    }
    String revision = "";
    int dash = s.lastIndexOf('-');
    if (dash >= 0) {
      revision = s.substring(dash + 1);
      s = s.substring(0, dash);
      if (revision.isEmpty()) {
        throw new InvalidVersionException(id(), raw, "revision is empty");
      }
    }
    if (s.isEmpty()) {
      throw new InvalidVersionException(id(), raw, "upstream version is empty");
    }
    check(raw, s, ".-+~:", "upstream version");
    check(raw, revision, ".+~", "revision");
    return new DebianVersion(raw, epoch, s, revision);
  }

  private void check(String raw, String part, String allowed, String what)
      throws InvalidVersionException {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean ok =
          NumericStrings.isDigit(c)
              || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || allowed.indexOf(c) >= 0;
      if (!ok) {
        throw new InvalidVersionException(id(), raw, "invalid character '" + c + "' in " + what);
      }
    }
  }
}
