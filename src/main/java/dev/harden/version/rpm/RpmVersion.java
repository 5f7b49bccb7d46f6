package dev.harden.version.rpm;

import dev.harden.version.NumericStrings;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A parsed RPM EVR; see {@link RpmVersionScheme} for the order. */
public final class RpmVersion implements Version {

  private final String raw;
  private final String epoch;
  private final String version;
  private final String release;

  RpmVersion(String raw, String epoch, String version, String release) {
    this.raw = raw;
    this.epoch = epoch;
    this.version = version;
    this.release = release;
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public VersionScheme scheme() {
    return RpmVersionScheme.INSTANCE;
  }

  /** The release, or {@code null} when the string has none. */
  public String release() {
    return release;
  }

  @Override
  public int compareTo(Version o) {
    Version.requireSameScheme(this, o);
    RpmVersion other = (RpmVersion) o;
    int c = NumericStrings.compare(epoch, other.epoch);
    if (c == 0) {
      c = vercmp(version, other.version);
    }
    if (c == 0 && !Objects.equals(release, other.release)) {
      if (release == null || other.release == null) {
        return release == null ? -1 : 1;
      }
      c = vercmp(release, other.release);
    }
    return c;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSeparator(char c) {
    return !isAlpha(c) && !NumericStrings.isDigit(c) && c != '~' && c != '^';
  }

  /** rpm's segment-wise comparison of one version or release string. */
  static int vercmp(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() || j < b.length()) {
      while (i < a.length() && isSeparator(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isSeparator(b.charAt(j))) {
        j++;
      }
      char x = i < a.length() ? a.charAt(i) : 0;
      char y = j < b.length() ? b.charAt(j) : 0;
      if (x == '~' || y == '~') {
        if (x != '~') {
          return 1;
        }
        if (y != '~') {
          return -1;
        }
        i++;
        j++;
        continue;
      }
      if (x == '^' || y == '^') {
        if (x == 0) {
          return -1;
        }
        if (y == 0) {
          return 1;
        }
        if (x != '^') {
          return 1;
        }
        if (y != '^') {
          return -1;
        }
        i++;
        j++;
        continue;
      }
      if (x == 0 || y == 0) {
        break;
      }
      boolean numeric = NumericStrings.isDigit(x);
      int si = i;
      int sj = j;
      i = segmentEnd(a, i, numeric);
      j = segmentEnd(b, j, numeric);
      if (j == sj) {
        return numeric ? 1 : -1; // a number is newer than letters
      }
      int c =
          numeric
              ? NumericStrings.compare(a.substring(si, i), b.substring(sj, j))
              : Integer.signum(a.substring(si, i).compareTo(b.substring(sj, j)));
      if (c != 0) {
        return c;
      }
    }
    boolean aDone = i >= a.length();
    boolean bDone = j >= b.length();
    if (aDone && bDone) {
      return 0;
    }
    return aDone ? -1 : 1;
  }

  private static int segmentEnd(String s, int i, boolean numeric) {
    while (i < s.length()
        && (numeric ? NumericStrings.isDigit(s.charAt(i)) : isAlpha(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** The segments that decide the order: separators dropped, numbers without leading zeros. */
  private static List<String> segments(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '~' || c == '^') {
        out.add(String.valueOf(c));
        i++;
      } else if (isSeparator(c)) {
        i++;
      } else {
        boolean numeric = NumericStrings.isDigit(c);
        int end = segmentEnd(s, i, numeric);
        out.add(numeric ? "#" + NumericStrings.stripLeadingZeros(s.substring(i, end))
            : s.substring(i, end));
        i = end;
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RpmVersion r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        NumericStrings.stripLeadingZeros(epoch),
        segments(version),
        release == null ? null : segments(release));
  }

  @Override
  public String toString() {
    return raw;
  }
}
