package dev.harden.image;

/**
 * Told how far reading an image has got, so a terminal can show a progress line. Called from
 * reader threads; implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = event -> {};

  void onProgress(Event event);

  /** What happened. */
  enum Stage {
    /** The layer's stream was opened (download started for a registry). */
    LAYER_STARTED,
    /** More of the layer's stored bytes were read and decompressed. */
    LAYER_PROGRESS,
    /** The layer was read to its end and verified. */
    LAYER_DONE
  }

  /**
   * @param layer 0-based layer index
   * @param layers layer count of the image
   * @param bytesRead stored (compressed) bytes read so far of this layer
   * @param bytesTotal stored size of this layer
   */
  record Event(Stage stage, int layer, int layers, long bytesRead, long bytesTotal) {}
}
