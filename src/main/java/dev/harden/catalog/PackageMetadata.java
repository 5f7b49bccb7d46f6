package dev.harden.catalog;


/**
 * What an ecosystem records about a package beyond the common fields of {@link Pkg}. The type is
 * the discriminator: switch over it exhaustively, never add a string tag beside it. The records
 * live in this package because a sealed interface outside a named module may only permit classes
 * of its own package.
 */
public sealed interface PackageMetadata
    permits DpkgEntry, ApkEntry, RpmEntry, NpmPackage, MavenArtifact, PythonDist, GoModule {}
