package dev.harden.catalog;

/**
 * The package a binary package was built from: dpkg's {@code Source:} (with its own version when
 * it differs), apk's origin, rpm's source rpm. Advisories for distributions are written against
 * these names.
 */
public record SourcePackage(String name, String version) {}
