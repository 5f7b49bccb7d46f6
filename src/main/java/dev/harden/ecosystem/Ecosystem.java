package dev.harden.ecosystem;

import java.util.Optional;

/**
 * The package ecosystems harden knows: the one place that binds a purl type to an OSV ecosystem
 * name (and, once version schemes land, to the scheme that orders its versions). Nothing else
 * switches on ecosystem strings.
 */
public enum Ecosystem {
  DEBIAN("deb", "Debian"),
  UBUNTU("deb", "Ubuntu"),
  ALPINE("apk", "Alpine"),
  WOLFI("apk", "Wolfi"),
  RPM("rpm", "Red Hat"),
  NPM("npm", "npm"),
  MAVEN("maven", "Maven"),
  PYPI("pypi", "PyPI"),
  GO("golang", "Go");

  private final String purlType;
  private final String osvName;

  Ecosystem(String purlType, String osvName) {
    this.purlType = purlType;
    this.osvName = osvName;
  }

  /** The package-url type, e.g. {@code deb}, {@code npm}. */
  public String purlType() {
    return purlType;
  }

  /** The OSV ecosystem name without a release suffix, e.g. {@code Debian}, {@code PyPI}. */
  public String osvName() {
    return osvName;
  }

  /** The ecosystem of an OSV ecosystem string such as {@code Debian:12} or {@code Alpine:v3.19}. */
  public static Optional<Ecosystem> fromOsv(String osvEcosystem) {
    String base = osvEcosystem;
    int colon = base.indexOf(':');
    if (colon >= 0) {
      base = base.substring(0, colon);
    }
    for (Ecosystem e : values()) {
      if (e.osvName.equalsIgnoreCase(base)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
