package dev.harden.k8s;

/**
 * Bounds on what one manifest file may cost to load. Manifests are small (the API server stores at
 * most 1.5 MiB per object); the defaults leave room for a whole {@code helm template} output while
 * refusing inputs built to exhaust memory.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of collections
 * @param maxNodes most nodes a document may expand to, counting every use of an alias in full
 *     (stops "billion laughs" alias bombs, which are small on disk and huge once expanded)
 */
public record LoadLimits(int maxBytes, int maxDepth, long maxNodes) {

  public static final LoadLimits DEFAULT = new LoadLimits(16 << 20, 128, 2_000_000);

  public LoadLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
