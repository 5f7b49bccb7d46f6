package dev.harden.catalog;

/**
 * Settings for one cataloguing run, built once at the edge and passed to every cataloguer.
 *
 * @param maxFileBytes the largest package database or manifest read into memory
 * @param maxArchiveDepth how many archives deep (jar in war in ear...) the Java cataloguer goes
 * @param maxArchiveEntries entries read per archive before it is reported as an unknown
 * @param maxEntryBytes the largest single archive entry read (a nested jar or a manifest)
 * @param maxExecutableBytes the largest executable searched for Go build information
 * @param scratchRoot where a cataloguer may create its own temporary directory (always removed
 *     before it returns); null for the platform's default
 */
public record CatalogContext(
    long maxFileBytes,
    int maxArchiveDepth,
    int maxArchiveEntries,
    long maxEntryBytes,
    long maxExecutableBytes,
    java.nio.file.Path scratchRoot) {

  public CatalogContext {
    if (maxFileBytes <= 0 || maxArchiveDepth < 0 || maxArchiveEntries <= 0 || maxEntryBytes <= 0
        || maxExecutableBytes <= 0) {
      throw new IllegalArgumentException("catalog limits must be positive");
    }
  }

  /** Limits that fit real images comfortably and stop archive bombs early. */
  public static CatalogContext defaults() {
    return new CatalogContext(256L << 20, 4, 100_000, 256L << 20, 512L << 20, null);
  }
}
