package dev.harden.version;

/** OSV {@code ranges[].type}. GIT ranges name commits and play no part in package matching. */
public enum RangeType {
  SEMVER,
  ECOSYSTEM,
  GIT;

  /** The type of an OSV {@code type} string, case-insensitively; empty when unknown. */
  public static java.util.Optional<RangeType> fromOsv(String s) {
    for (RangeType t : values()) {
      if (t.name().equalsIgnoreCase(s)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
