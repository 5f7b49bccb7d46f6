package dev.harden.version.rpm;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.NumericStrings;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;

/**
 * RPM versions {@code [epoch:]version[-release]}, ordered like rpm's {@code rpmvercmp}: the
 * numeric epoch (absent = 0), then version, then release, each split into digit and letter
 * segments (separators only split), digits beat letters, {@code ~} sorts before everything and
 * {@code ^} after the end. rpm skips the release when only one side has one, which is not a total
 * order; here a missing release sorts before any release, which agrees with rpm whenever the
 * installed package has a release (installed packages always do).
 */
public final class RpmVersionScheme implements VersionScheme {

  public static final RpmVersionScheme INSTANCE = new RpmVersionScheme();

  private RpmVersionScheme() {}

  @Override
  public String id() {
    return "rpm";
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null || raw.isBlank()) {
      throw new InvalidVersionException(id(), String.valueOf(raw), "empty");
    }
    String s = raw.strip();
    String epoch = "";
    int colon = s.indexOf(':');
    if (colon >= 0) {
      epoch = s.substring(0, colon);
      if (!NumericStrings.isDigits(epoch)) {
        throw new InvalidVersionException(id(), raw, "epoch is not a number");
      }
      s = s.substring(colon + 1);
    }
    String release = null;
    int dash = s.lastIndexOf('-');
    if (dash >= 0) {
      release = s.substring(dash + 1);
      s = s.substring(0, dash);
      if (release.isEmpty()) {
        throw new InvalidVersionException(id(), raw, "release is empty");
      }
    }
    if (s.isEmpty()) {
      throw new InvalidVersionException(id(), raw, "version is empty");
    }
    for (char c : (s + (release == null ? "" : release)).toCharArray()) {
      if (c <= ' ' || c == ':' || c == '-' || c > '~') {
        throw new InvalidVersionException(id(), raw, "invalid character '" + c + "'");
      }
    }
    return new RpmVersion(raw, epoch, s, release);
  }
}
