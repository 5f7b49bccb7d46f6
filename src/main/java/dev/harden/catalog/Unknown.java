package dev.harden.catalog;

/**
 * A file a cataloguer was meant to read but could not use: a truncated database, a corrupt
 * archive, a manifest that does not parse. Reports show every unknown, so "no packages" is never
 * silent.
 *
 * @param path absolute path inside the image (nested archives use {@code outer.jar!/inner.jar})
 * @param reason what was wrong, in a few words
 */
public record Unknown(String path, String reason) {}
