package dev.harden.catalog;


/**
 * An npm package, installed ({@code node_modules/NAME/package.json}) or only locked.
 *
 * @param name the package's own name ({@code @scope/name}); for an alias, the real package
 * @param version its version
 * @param installPath the package directory relative to the project root
 *     ({@code node_modules/a/node_modules/b}), as npm's lock file keys it
 * @param dev true when the lock file marks it a devDependency
 * @param installed true when its {@code package.json} is present, false when known from a lock only
 * @param resolved where npm fetched it from, when the lock says
 * @param integrity the lock's integrity hash, when the lock says
 */
public record NpmPackage(
    String name,
    String version,
    String installPath,
    boolean dev,
    boolean installed,
    String resolved,
    String integrity)
    implements PackageMetadata {}
