package dev.harden.version.deb;

import dev.harden.version.AlternatingSegments;
import dev.harden.version.NumericStrings;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;

/** A parsed Debian version; see {@link DebianVersionScheme} for the ordering. */
public final class DebianVersion implements Version {

  private final String raw;
  private final String epoch;
  private final String upstream;
  private final String revision;

  DebianVersion(String raw, String epoch, String upstream, String revision) {
    this.raw = raw;
    this.epoch = epoch;
    this.upstream = upstream;
    this.revision = revision;
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public VersionScheme scheme() {
    return DebianVersionScheme.INSTANCE;
  }

  /** The epoch digits as written ({@code ""} when absent, which means 0). */
  public String epoch() {
    return epoch;
  }

  public String upstream() {
    return upstream;
  }

  /** The Debian revision ({@code ""} when absent, which orders like {@code 0}). */
  public String revision() {
    return revision;
  }

  @Override
  public int compareTo(Version o) {
    Version.requireSameScheme(this, o);
    DebianVersion other = (DebianVersion) o;
    int c = NumericStrings.compare(epoch, other.epoch);
    if (c == 0) {
      c = compareParts(upstream, other.upstream);
    }
    if (c == 0) {
      c = compareParts(revision, other.revision);
    }
    return c;
  }

  /** dpkg's ordering of one part: alternating non-digit runs (by {@link #weight}) and numbers. */
  static int compareParts(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      while ((i < a.length() && !NumericStrings.isDigit(a.charAt(i)))
          || (j < b.length() && !NumericStrings.isDigit(b.charAt(j)))) {
        int wa = weight(a, i);
        int wb = weight(b, j);
        if (wa != wb) {
          return Integer.compare(wa, wb);
        }
        i++;
        j++;
      }
      int si = i;
      while (i < a.length() && NumericStrings.isDigit(a.charAt(i))) {
        i++;
      }
      int sj = j;
      while (j < b.length() && NumericStrings.isDigit(b.charAt(j))) {
        j++;
      }
      int c = NumericStrings.compare(a.substring(si, i), b.substring(sj, j));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Sort weight of the character at {@code i}: '~' lowest, then end or digit, letters, others. */
  private static int weight(String s, int i) {
    if (i >= s.length()) {
      return 0;
    }
    char c = s.charAt(i);
    if (c == '~') {
      return -1;
    }
    if (NumericStrings.isDigit(c)) {
      return 0;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return c;
    }
    return c + 256;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DebianVersion d && compareTo(d) == 0;
  }

  @Override
  public int hashCode() {
    return (NumericStrings.stripLeadingZeros(epoch)
            + '\u0001'
            + AlternatingSegments.canonical(upstream)
            + '\u0001'
            + AlternatingSegments.canonical(revision))
        .hashCode();
  }

  @Override
  public String toString() {
    return raw;
  }
}
