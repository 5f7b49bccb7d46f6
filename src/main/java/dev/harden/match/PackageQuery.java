package dev.harden.match;

import dev.harden.ecosystem.Ecosystem;
import java.util.Objects;

/**
 * One installed package to match, as plain values (the catalog's {@code Pkg} maps onto this).
 *
 * @param ecosystem the package's ecosystem
 * @param osRelease the detected OS release ({@code VERSION_ID}: {@code 12}, {@code 3.19.1},
 *     {@code 22.04}), or {@code null} when unknown or not an OS package
 * @param name the package name (binary package name for OS packages)
 * @param version the installed version
 * @param sourceName the source package (Debian {@code Source:}, Alpine {@code o:} origin, RPM
 *     source rpm name), or {@code null}
 * @param sourceVersion the source package's version when it differs from {@code version}, or
 *     {@code null}
 */
public record PackageQuery(
    Ecosystem ecosystem,
    String osRelease,
    String name,
    String version,
    String sourceName,
    String sourceVersion) {

  public PackageQuery {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /** A language package (no OS release, no source package). */
  public static PackageQuery of(Ecosystem ecosystem, String name, String version) {
    return new PackageQuery(ecosystem, null, name, version, null, null);
  }

  /** An OS package of a release, with its source package (either may be null). */
  public static PackageQuery os(
      Ecosystem ecosystem, String osRelease, String name, String version, String sourceName,
      String sourceVersion) {
    return new PackageQuery(ecosystem, osRelease, name, version, sourceName, sourceVersion);
  }

  /** True when advisories are looked up by the source package (OS packages that name one). */
  public boolean matchesBySource() {
    return ecosystem.isOperatingSystem() && sourceName != null && !sourceName.isBlank();
  }

  /** The name advisories are looked up by. */
  public String matchName() {
    return matchesBySource() ? sourceName : name;
  }

  /** The version ranges are evaluated for. */
  public String matchVersion() {
    return matchesBySource() && sourceVersion != null && !sourceVersion.isBlank()
        ? sourceVersion
        : version;
  }
}
