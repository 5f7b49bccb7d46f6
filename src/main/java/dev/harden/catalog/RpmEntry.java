package dev.harden.catalog;


/**
 * One installed rpm, from its header in the rpm database.
 *
 * @param name {@code NAME}
 * @param version {@code VERSION}
 * @param release {@code RELEASE}
 * @param epoch {@code EPOCH}, or null when the package has none
 * @param arch {@code ARCH}
 * @param sourceRpm {@code SOURCERPM}, e.g. {@code util-linux-2.32.1-42.el8_8.src.rpm}
 * @param license {@code LICENSE}
 * @param vendor {@code VENDOR}
 * @param modularityLabel {@code MODULARITYLABEL}, empty when not from a module stream
 * @param dbFormat which database format it was read from
 */
public record RpmEntry(
    String name,
    String version,
    String release,
    Integer epoch,
    String arch,
    String sourceRpm,
    String license,
    String vendor,
    String modularityLabel,
    RpmDbFormat dbFormat)
    implements PackageMetadata {}
