package dev.harden.image;

import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An image assembled from a verified manifest, a verified config and a {@link BlobFetcher} for the
 * layers: what OCI layouts, docker-archives and registries all reduce to (the ggcr "partial" idea).
 */
public final class BlobImage implements Image {

  private final String source;
  private final Digest digest;
  private final byte[] rawManifest;
  private final Manifest manifest;
  private final byte[] rawConfig;
  private final ImageConfig config;
  private final List<Layer> layers;
  private final Closeable onClose;

  private BlobImage(String source, Digest digest, byte[] rawManifest, Manifest manifest,
      byte[] rawConfig, ImageConfig config, List<Layer> layers, Closeable onClose) {
    this.source = source;
    this.digest = digest;
    this.rawManifest = rawManifest;
    this.manifest = manifest;
    this.rawConfig = rawConfig;
    this.config = config;
    this.layers = List.copyOf(layers);
    this.onClose = onClose;
  }

  /**
   * Reads and verifies the config the manifest names, checks layer counts and limits, and pairs
   * each layer descriptor with its diff id. The manifest bytes must already be verified.
   */
  public static BlobImage create(String source, Digest digest, byte[] rawManifest,
      Manifest manifest, BlobFetcher fetcher, ImageLimits limits, Closeable onClose)
      throws InputException {
    if (manifest.layers().size() > limits.maxLayers()) {
      throw new InputException(source, "image has " + manifest.layers().size()
          + " layers, more than the " + limits.maxLayers() + " allowed (limit maxLayers)");
    }
    byte[] rawConfig = Blobs.readSmall(fetcher, manifest.config(), limits.maxConfigBytes(),
        "maxConfigBytes", source);
    ImageConfig config = ImageJson.config(rawConfig, source + ": config " + manifest.config().digest());
    Image.checkLayerCount(manifest, config, source);
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < manifest.layers().size(); i++) {
      Descriptor d = manifest.layers().get(i);
      if (!MediaTypes.isLayer(d.mediaType()) && d.mediaType() != null) {
        throw new InputException(source, "layer " + d.digest() + " has media type "
            + d.mediaType() + ", which is not an image layer");
      }
      layers.add(new FetchedLayer(d, config.diffIds().get(i), fetcher, source));
    }
    return new BlobImage(source, digest, rawManifest, manifest, rawConfig, config, layers,
        onClose);
  }

  @Override
  public Digest digest() {
    return digest;
  }

  @Override
  public Manifest manifest() {
    return manifest;
  }

  @Override
  public byte[] rawManifest() {
    return rawManifest.clone();
  }

  @Override
  public ImageConfig config() {
    return config;
  }

  @Override
  public byte[] rawConfig() {
    return rawConfig.clone();
  }

  @Override
  public List<Layer> layers() {
    return layers;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public void close() throws IOException {
    if (onClose != null) {
      onClose.close();
    }
  }

  private record FetchedLayer(Descriptor descriptor, Digest diffId, BlobFetcher fetcher,
      String source) implements Layer {

    @Override
    public Digest digest() {
      return descriptor.digest();
    }

    @Override
    public InputStream compressed() throws IOException {
      return Blobs.verified(fetcher, descriptor, source);
    }

    @Override
    public long size() {
      return descriptor.size();
    }

    @Override
    public String mediaType() {
      return descriptor.mediaType();
    }
  }
}
