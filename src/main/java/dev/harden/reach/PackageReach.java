package dev.harden.reach;

import dev.harden.reach.layers.Origin;

/**
 * What reachability says about one package.
 *
 * @param layer null when the source has no layers (a root filesystem directory)
 * @param origin base or app; null when the source has no layers
 * @param runtime true for a language runtime package (JRE, Node.js, Python)
 */
public record PackageReach(LayerRef layer, Origin origin, boolean runtime, Verdict verdict) {}
