package dev.harden.ecosystem;

import dev.harden.version.RangeType;
import dev.harden.version.VersionScheme;
import dev.harden.version.apk.ApkVersionScheme;
import dev.harden.version.deb.DebianVersionScheme;
import dev.harden.version.maven.MavenVersionScheme;
import dev.harden.version.pep440.Pep440Scheme;
import dev.harden.version.rpm.RpmVersionScheme;
import dev.harden.version.semver.SemverScheme;
import java.util.Locale;
import java.util.Optional;

/**
 * The package ecosystems harden knows: the one place that binds a purl type to an OSV ecosystem
 * name, to the version scheme that orders its versions, to how its package names are normalised
 * and how its OS releases are spelled. Nothing else switches on ecosystem.
 */
public enum Ecosystem {
  DEBIAN("deb", "Debian", DebianVersionScheme.INSTANCE, Kind.OS),
  UBUNTU("deb", "Ubuntu", DebianVersionScheme.INSTANCE, Kind.OS),
  ALPINE("apk", "Alpine", ApkVersionScheme.INSTANCE, Kind.OS),
  WOLFI("apk", "Wolfi", ApkVersionScheme.INSTANCE, Kind.OS),
  RPM("rpm", "Red Hat", RpmVersionScheme.INSTANCE, Kind.OS),
  NPM("npm", "npm", SemverScheme.NPM, Kind.LANGUAGE),
  MAVEN("maven", "Maven", MavenVersionScheme.INSTANCE, Kind.LANGUAGE),
  PYPI("pypi", "PyPI", Pep440Scheme.INSTANCE, Kind.LANGUAGE),
  GO("golang", "Go", SemverScheme.GO, Kind.LANGUAGE),
  CRATES_IO("cargo", "crates.io", SemverScheme.STRICT, Kind.LANGUAGE);

  /** OS ecosystems have releases and match advisories by source package. */
  enum Kind {
    OS,
    LANGUAGE
  }

  private final String purlType;
  private final String osvName;
  private final VersionScheme scheme;
  private final Kind kind;

  Ecosystem(String purlType, String osvName, VersionScheme scheme, Kind kind) {
    this.purlType = purlType;
    this.osvName = osvName;
    this.scheme = scheme;
    this.kind = kind;
  }

  /** The package-url type, e.g. {@code deb}, {@code npm}. */
  public String purlType() {
    return purlType;
  }

  /**
   * The OSV ecosystem name without a release suffix, e.g. {@code Debian}, {@code PyPI}; also the
   * directory name of the ecosystem's {@code all.zip} in osv.dev's bucket.
   */
  public String osvName() {
    return osvName;
  }

  /** The scheme that orders this ecosystem's versions. */
  public VersionScheme scheme() {
    return scheme;
  }

  /**
   * The scheme for an OSV range of the given type: SEMVER ranges are SemVer 2 whatever the
   * ecosystem (with this ecosystem's spelling when it is a SemVer ecosystem), the rest use the
   * ecosystem's own scheme.
   */
  public VersionScheme schemeFor(RangeType type) {
    if (type == RangeType.SEMVER && !(scheme instanceof SemverScheme)) {
      return SemverScheme.STRICT;
    }
    return scheme;
  }

  /** True for distributions (Debian, Alpine, ...): releases apply, source packages are matched. */
  public boolean isOperatingSystem() {
    return kind == Kind.OS;
  }

  /**
   * The name as advisories and packages are compared: PEP 503 for PyPI, {@code group:artifact}
   * for Maven, lower case for npm (scope kept, {@code %40} decoded) and crates.io, as given
   * otherwise.
   */
  public String normaliseName(String name) {
    String n = name.strip();
    return switch (this) {
      case PYPI -> n.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
      case MAVEN -> n.replace('/', ':');
      case NPM -> n.replace("%40", "@").toLowerCase(Locale.ROOT);
      case CRATES_IO -> n.toLowerCase(Locale.ROOT);
      default -> n;
    };
  }

  /**
   * The key under which an OS release is compared, from either side: an advisory's ecosystem
   * suffix ({@code 12}, {@code v3.19}, {@code 22.04:LTS}, {@code Pro:14.04:LTS}) or a detected
   * {@code VERSION_ID} ({@code 12.4}, {@code 3.19.1}, {@code 22.04}). Empty for language
   * ecosystems and for a blank release.
   */
  public Optional<String> releaseKey(String release) {
    if (!isOperatingSystem() || release == null || release.isBlank()) {
      return Optional.empty();
    }
    String r = release.strip().toLowerCase(Locale.ROOT);
    return Optional.of(
        switch (this) {
          case DEBIAN -> r.replaceFirst("^(\\d+)\\..*$", "$1");
          case ALPINE, WOLFI -> r.replaceFirst("^v", "").replaceFirst("^(\\d+\\.\\d+)\\..*$", "$1");
          case UBUNTU -> r.replaceFirst(":lts$", "");
          default -> r;
        });
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

  /** The release part of an OSV ecosystem string ({@code 12} of {@code Debian:12}), if any. */
  public static Optional<String> releaseOf(String osvEcosystem) {
    int colon = osvEcosystem.indexOf(':');
    return colon < 0 || colon == osvEcosystem.length() - 1
        ? Optional.empty()
        : Optional.of(osvEcosystem.substring(colon + 1));
  }
}
