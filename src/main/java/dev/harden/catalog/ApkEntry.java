package dev.harden.catalog;


/**
 * One package record of apk's database ({@code /lib/apk/db/installed}).
 *
 * @param packageName {@code P:}
 * @param version {@code V:}
 * @param architecture {@code A:}
 * @param origin {@code o:}, the source package (the package's own name when absent)
 * @param license {@code L:} as written
 * @param maintainer {@code m:}
 * @param pullChecksum {@code C:}, the package's checksum
 * @param installedSize {@code I:} in bytes, -1 when absent
 * @param commit {@code c:}, the aports commit it was built from
 */
public record ApkEntry(
    String packageName,
    String version,
    String architecture,
    String origin,
    String license,
    String maintainer,
    String pullChecksum,
    long installedSize,
    String commit)
    implements PackageMetadata {}
