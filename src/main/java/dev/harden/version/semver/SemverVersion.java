package dev.harden.version.semver;

import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import java.util.Objects;
import org.semver4j.Semver;

/** A parsed SemVer version; build metadata is kept in {@link #raw()} but ignored for order. */
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
    return Integer.signum(semver.compareTo(((SemverVersion) o).semver));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SemverVersion v
        && v.scheme.id().equals(scheme.id())
        && semver.compareTo(v.semver) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        semver.getMajor(), semver.getMinor(), semver.getPatch(), semver.getPreRelease());
  }

  @Override
  public String toString() {
    return raw;
  }
}
