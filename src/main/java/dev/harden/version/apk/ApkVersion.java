package dev.harden.version.apk;

import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.List;

/** A parsed apk version; see {@link ApkVersionScheme} and {@link ApkTokenizer} for the order. */
public final class ApkVersion implements Version {

  private final String raw;
  private final List<ApkTokenizer.Token> tokens;

  ApkVersion(String raw, List<ApkTokenizer.Token> tokens) {
    this.raw = raw;
    this.tokens = List.copyOf(tokens);
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public VersionScheme scheme() {
    return ApkVersionScheme.INSTANCE;
  }

  @Override
  public int compareTo(Version o) {
    Version.requireSameScheme(this, o);
    List<ApkTokenizer.Token> other = ((ApkVersion) o).tokens;
    for (int k = 0; ; k++) {
      ApkTokenizer.Token a = tokens.get(k);
      ApkTokenizer.Token b = other.get(k);
      if (a.kind() != b.kind()) {
        if (isPreRelease(a)) {
          return -1;
        }
        if (isPreRelease(b)) {
          return 1;
        }
        return a.kind().ordinal() > b.kind().ordinal() ? -1 : 1;
      }
      if (a.kind() == ApkTokenizer.Kind.END) {
        return 0;
      }
      int c = a.value().compareTo(b.value());
      if (c != 0) {
        return c;
      }
    }
  }

  private static boolean isPreRelease(ApkTokenizer.Token t) {
    return t.kind() == ApkTokenizer.Kind.SUFFIX && t.value().signum() < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApkVersion a && tokens.equals(a.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return raw;
  }
}
