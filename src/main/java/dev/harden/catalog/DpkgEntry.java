package dev.harden.catalog;


/**
 * One package stanza of a dpkg database ({@code /var/lib/dpkg/status} or a distroless
 * {@code status.d/} file).
 *
 * @param packageName {@code Package:}
 * @param version {@code Version:} including epoch and revision
 * @param architecture {@code Architecture:}
 * @param source source package name ({@code Source:} without its version; the package's own name
 *     when absent)
 * @param sourceVersion the version in {@code Source: perl (5.36.0-7)}, else the package's version
 * @param status {@code Status:}; empty in distroless stanzas
 * @param maintainer {@code Maintainer:}
 * @param installedSizeKib {@code Installed-Size:} in KiB, -1 when absent
 */
public record DpkgEntry(
    String packageName,
    String version,
    String architecture,
    String source,
    String sourceVersion,
    String status,
    String maintainer,
    long installedSizeKib)
    implements PackageMetadata {}
