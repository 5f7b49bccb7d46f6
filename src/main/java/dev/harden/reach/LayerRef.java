package dev.harden.reach;

/**
 * The layer that brought a package: its 0-based index, diff id and the build step that made it.
 *
 * @param createdBy the history's {@code created_by}, or null when the history does not say
 */
public record LayerRef(int index, String diffId, String createdBy) {}
