package dev.harden.image;

import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One image for one platform, read-only, whatever it came from (docker-archive, OCI layout,
 * registry). Manifest and config are verified against their digests when the image is opened.
 * Closing releases files and temporary space the source holds.
 */
public interface Image extends Closeable {

  /** Digest of the manifest (synthesised for docker-archives, as docker does). */
  Digest digest();

  Manifest manifest();

  byte[] rawManifest();

  ImageConfig config();

  byte[] rawConfig();

  /** Layers bottom first; as many as the config has diff ids. */
  List<Layer> layers();

  /** Where the image was read from, for messages: a path or a reference. */
  String source();

  @Override
  default void close() throws IOException {}

  /** Checks that manifest layers and config diff ids pair up; used by every reader. */
  static void checkLayerCount(Manifest manifest, ImageConfig config, String source)
      throws InputException {
    if (manifest.layers().size() != config.diffIds().size()) {
      throw new InputException(source, "manifest lists " + manifest.layers().size()
          + " layers but the config has " + config.diffIds().size() + " diff ids");
    }
  }
}
