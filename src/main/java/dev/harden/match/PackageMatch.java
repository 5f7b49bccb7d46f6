package dev.harden.match;

import dev.harden.catalog.Pkg;

/** One vulnerability of one installed package: the package and the advisory match. */
public record PackageMatch(Pkg pkg, Match match) {}
