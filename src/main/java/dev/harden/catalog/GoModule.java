package dev.harden.catalog;


/**
 * A module compiled into a Go binary, from the binary's build information.
 *
 * @param path module path ({@code golang.org/x/net}; {@code stdlib} for the standard library)
 * @param version module version ({@code v0.17.0}); for stdlib the Go version as {@code v1.22.1}
 * @param sum the go.sum hash, when recorded
 * @param replacedBy the replacing module as {@code path version}, empty when not replaced
 * @param main true for the binary's main module
 * @param goVersion the toolchain that built the binary ({@code go1.22.1})
 * @param binary the binary's path
 */
public record GoModule(
    String path,
    String version,
    String sum,
    String replacedBy,
    boolean main,
    String goVersion,
    String binary)
    implements PackageMetadata {}
