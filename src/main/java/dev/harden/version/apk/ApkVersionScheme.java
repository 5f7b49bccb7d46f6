package dev.harden.version.apk;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;

/**
 * Alpine (and Wolfi) package versions, ordered as apk-tools 2.x orders them: Gentoo-style
 * {@code digit{.digit}[letter]{_suffix[number]}[-rN]}. Suffixes {@code _alpha _beta _pre _rc} sort
 * before the bare version and {@code _cvs _svn _git _hg _p} after it; a number after a dot that
 * starts with zero compares as a fraction-like token that sorts below any non-zero-led number.
 */
public final class ApkVersionScheme implements VersionScheme {

  public static final ApkVersionScheme INSTANCE = new ApkVersionScheme();

  private ApkVersionScheme() {}

  @Override
  public String id() {
    return "apk";
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null || raw.isBlank()) {
      throw new InvalidVersionException(id(), String.valueOf(raw), "empty");
    }
    try {
      return new ApkVersion(raw, ApkTokenizer.tokenize(raw));
    } catch (IllegalArgumentException e) {
      throw new InvalidVersionException(id(), raw, e.getMessage());
    }
  }
}
