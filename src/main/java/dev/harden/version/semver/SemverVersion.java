package dev.harden.version.semver;

import dev.harden.version.NumericStrings;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.List;
import java.util.Objects;
import org.semver4j.Semver;

/**
 * A parsed SemVer version; build metadata is kept in {@link #raw()} but ignored for order.
 * semver4j parses; precedence is computed here because semver4j compares a numeric pre-release
 * identifier with an alphanumeric one as text ({@code 0} after {@code -}), where SemVer 2 (and
 * node-semver) put numeric identifiers first.
 */
public final class SemverVersion implements Version {

  private final String raw;
  private final SemverScheme scheme;
  private final Semver semver;

  SemverVersion(String raw, SemverScheme scheme, Semver semver) {
    this.raw = raw;
    this.scheme = scheme;
    this.semver = semver;
  }

  @Override
  public String raw() {
    return raw;
  }

  @Override
  public VersionScheme scheme() {
    return scheme;
  }

  /** True when there is a pre-release part. */
  public boolean isPreRelease() {
    return !semver.getPreRelease().isEmpty();
  }

  @Override
  public int compareTo(Version o) {
    Version.requireSameScheme(this, o);
    Semver b = ((SemverVersion) o).semver;
    int c = Integer.compare(semver.getMajor(), b.getMajor());
    if (c == 0) {
      c = Integer.compare(semver.getMinor(), b.getMinor());
    }
    if (c == 0) {
      c = Integer.compare(semver.getPatch(), b.getPatch());
    }
    return c != 0 ? Integer.signum(c) : comparePreRelease(semver.getPreRelease(), b.getPreRelease());
  }

  /** SemVer 2 section 11: no pre-release beats any; then identifier by identifier. */
  private static int comparePreRelease(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1);
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xn = NumericStrings.isDigits(x);
      boolean yn = NumericStrings.isDigits(y);
      int c;
      if (xn && yn) {
        c = NumericStrings.compare(x, y);
      } else if (xn || yn) {
        c = xn ? -1 : 1;
      } else {
        c = Integer.signum(x.compareTo(y));
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SemverVersion v
        && v.scheme.id().equals(scheme.id())
        && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        semver.getMajor(),
        semver.getMinor(),
        semver.getPatch(),
        semver.getPreRelease().stream()
            .map(id -> NumericStrings.isDigits(id) ? NumericStrings.stripLeadingZeros(id) : id)
            .toList());
  }

  @Override
  public String toString() {
    return raw;
  }
}
