package dev.harden.version.maven;

import dev.harden.version.InvalidVersionException;
import dev.harden.version.Version;
import dev.harden.version.VersionScheme;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven versions, ordered by Maven's own {@link ComparableVersion} (the order Maven resolves
 * with): any non-blank string is a version; "1.0", "1.0.0" and "1" are equal, qualifiers
 * {@code alpha < beta < milestone < rc < snapshot < "" < sp}, unknown qualifiers after those.
 */
public final class MavenVersionScheme implements VersionScheme {

  public static final MavenVersionScheme INSTANCE = new MavenVersionScheme();

  private MavenVersionScheme() {}

  @Override
  public String id() {
    return "maven";
  }

  @Override
  public Version parse(String raw) throws InvalidVersionException {
    if (raw == null || raw.isBlank()) {
      throw new InvalidVersionException(id(), String.valueOf(raw), "empty");
    }
    if (!raw.equals(raw.strip()) || raw.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidVersionException(id(), raw, "contains whitespace");
    }
    return new MavenVersion(raw, new ComparableVersion(raw));
  }

  /** A parsed Maven version. */
  public static final class MavenVersion implements Version {
    private final String raw;
    private final ComparableVersion comparable;

    MavenVersion(String raw, ComparableVersion comparable) {
      this.raw = raw;
      this.comparable = comparable;
    }

    @Override
    public String raw() {
      return raw;
    }

    @Override
    public VersionScheme scheme() {
      return INSTANCE;
    }

    /** Maven's canonical spelling, which equal versions share. */
    public String canonical() {
      return comparable.getCanonical();
    }

    @Override
    public int compareTo(Version o) {
      Version.requireSameScheme(this, o);
      return Integer.signum(comparable.compareTo(((MavenVersion) o).comparable));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MavenVersion m && comparable.compareTo(m.comparable) == 0;
    }

    @Override
    public int hashCode() {
      return comparable.getCanonical().hashCode();
    }

    @Override
    public String toString() {
      return raw;
    }
  }
}
