package dev.harden.image;

/**
 * Bounds on hostile image input, enforced by every reader (archives, OCI layouts, registries) and by
 * the layered tree. Each limit is named in the error it causes, so a user who meets it knows which
 * setting to raise. Defaults ({@link #DEFAULTS}) are documented in docs/images.md.
 *
 * @param maxUncompressedBytes sum of all layers' uncompressed tar bytes for one image
 * @param maxCompressionRatio uncompressed:compressed bytes of one layer, judged once 16 MiB came out
 * @param maxEntries tar entries of all layers together
 * @param maxPathLength longest entry name or link target, in characters
 * @param maxLayers layers of one image
 * @param maxManifestBytes size of a manifest or index document
 * @param maxConfigBytes size of an image config blob
 * @param maxIndexDepth nesting of indexes inside indexes
 * @param maxKeptBytes contents kept for cataloguers (memory and spill files together)
 * @param maxInMemoryFileBytes a kept file larger than this is spilled to the private temp dir
 * @param maxInMemoryBytes kept contents held in memory in total; past it, files spill
 */
public record ImageLimits(
    long maxUncompressedBytes,
    int maxCompressionRatio,
    long maxEntries,
    int maxPathLength,
    int maxLayers,
    long maxManifestBytes,
    long maxConfigBytes,
    int maxIndexDepth,
    long maxKeptBytes,
    long maxInMemoryFileBytes,
    long maxInMemoryBytes) {

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  public static final ImageLimits DEFAULTS =
      new ImageLimits(32 * GIB, 250, 2_000_000, 4096, 500, 4 * MIB, 8 * MIB, 4, 8 * GIB, MIB,
          64 * MIB);

  public ImageLimits {
    if (maxUncompressedBytes <= 0 || maxCompressionRatio <= 0 || maxEntries <= 0
        || maxPathLength <= 0 || maxLayers <= 0 || maxManifestBytes <= 0 || maxConfigBytes <= 0
        || maxIndexDepth <= 0 || maxKeptBytes < 0 || maxInMemoryFileBytes < 0
        || maxInMemoryBytes < 0) {
      throw new IllegalArgumentException("image limits must be positive");
    }
  }

  public ImageLimits withMaxUncompressedBytes(long v) {
    return new ImageLimits(v, maxCompressionRatio, maxEntries, maxPathLength, maxLayers,
        maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes);
  }

  public ImageLimits withMaxCompressionRatio(int v) {
    return new ImageLimits(maxUncompressedBytes, v, maxEntries, maxPathLength, maxLayers,
        maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes);
  }

  public ImageLimits withMaxEntries(long v) {
    return new ImageLimits(maxUncompressedBytes, maxCompressionRatio, v, maxPathLength, maxLayers,
        maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes);
  }

  public ImageLimits withMaxLayers(int v) {
    return new ImageLimits(maxUncompressedBytes, maxCompressionRatio, maxEntries, maxPathLength, v,
        maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes);
  }

  public ImageLimits withMaxConfigBytes(long v) {
    return new ImageLimits(maxUncompressedBytes, maxCompressionRatio, maxEntries, maxPathLength,
        maxLayers, maxManifestBytes, v, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes);
  }

  public ImageLimits withInMemory(long perFile, long total) {
    return new ImageLimits(maxUncompressedBytes, maxCompressionRatio, maxEntries, maxPathLength,
        maxLayers, maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, perFile, total);
  }

  /** The names {@link #with} accepts, as errors print them. */
  public static final java.util.List<String> NAMES = java.util.List.of("maxUncompressedBytes",
      "maxCompressionRatio", "maxEntries", "maxPathLength", "maxLayers", "maxManifestBytes",
      "maxConfigBytes", "maxIndexDepth", "maxKeptBytes", "maxInMemoryFileBytes",
      "maxInMemoryBytes");

  /**
   * These limits with one changed, named as errors name it ({@code maxLayers}): how the command
   * line's {@code --limit NAME=VALUE} raises a limit a real image meets.
   *
   * @throws IllegalArgumentException for an unknown name or a value out of range
   */
  public ImageLimits with(String name, long value) {
    long[] v = {maxUncompressedBytes, maxCompressionRatio, maxEntries, maxPathLength, maxLayers,
        maxManifestBytes, maxConfigBytes, maxIndexDepth, maxKeptBytes, maxInMemoryFileBytes,
        maxInMemoryBytes};
    int at = NAMES.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException("unknown image limit '" + name + "' (one of "
          + String.join(", ", NAMES) + ")");
    }
    boolean isInt = at == 1 || at == 3 || at == 4 || at == 7;
    if (value <= 0 || (isInt && value > Integer.MAX_VALUE)) {
      throw new IllegalArgumentException("image limit " + name + " out of range: " + value);
    }
    v[at] = value;
    return new ImageLimits(v[0], (int) v[1], v[2], (int) v[3], (int) v[4], v[5], v[6], (int) v[7],
        v[8], v[9], v[10]);
  }
}
