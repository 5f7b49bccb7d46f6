package dev.harden.image;

import dev.harden.io.Digest;

/**
 * What a report says about one layer: identity, size and the build step that made it.
 *
 * @param index 0-based, bottom first
 * @param size stored blob size
 * @param createdBy the {@code created_by} of the history step that made this layer, or null
 * @param emptyStepsBefore history steps without a layer (ENV, USER…) between the previous layer
 *     and this one
 */
public record LayerInfo(
    int index,
    Digest digest,
    Digest diffId,
    long size,
    String mediaType,
    String createdBy,
    String created,
    int emptyStepsBefore) {}
