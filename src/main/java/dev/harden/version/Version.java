package dev.harden.version;

/**
 * One parsed version string of a named scheme. Versions of the same scheme are totally ordered;
 * {@code equals} and {@code hashCode} agree with {@code compareTo} (two spellings that the scheme
 * orders as equal, such as dpkg's {@code 1.0} and {@code 0:1.0-0}, are equal), while {@link #raw()}
 * keeps the spelling that was parsed.
 */
public interface Version extends Comparable<Version> {

  /** The string this version was parsed from, unchanged. */
  String raw();

  /** The scheme that parsed it; comparing versions of two schemes throws. */
  VersionScheme scheme();

  /** Throws unless {@code other} comes from the same scheme as {@code self}. */
  static void requireSameScheme(Version self, Version other) {
    if (!self.scheme().id().equals(other.scheme().id())) {
      throw new IllegalArgumentException(
          "cannot compare a " + self.scheme().id() + " version with a " + other.scheme().id()
              + " version");
    }
  }
}
