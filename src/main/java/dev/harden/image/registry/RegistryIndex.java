package dev.harden.image.registry;

import dev.harden.image.BlobFetcher;
import dev.harden.image.BlobImage;
import dev.harden.image.Blobs;
import dev.harden.image.Descriptor;
import dev.harden.image.Image;
import dev.harden.image.ImageIndex;
import dev.harden.image.ImageJson;
import dev.harden.image.ImageLimits;
import dev.harden.image.IndexManifest;
import dev.harden.image.MediaTypes;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;

/**
 * A multi-platform image (OCI index or Docker manifest list) in a registry, for callers that list
 * or pick platforms themselves ({@code inspect}, digest pinning); {@link RegistryImages} picks one
 * by platform for the others.
 */
public final class RegistryIndex implements ImageIndex {

  private final RegistryClient client;
  private final Digest digest;
  private final IndexManifest manifest;
  private final ImageLimits limits;

  private RegistryIndex(RegistryClient client, Digest digest, IndexManifest manifest,
      ImageLimits limits) {
    this.client = client;
    this.digest = digest;
    this.manifest = manifest;
    this.limits = limits;
  }

  /** The index a tag or digest names; an {@link InputException} when it names a single image. */
  public static RegistryIndex open(RegistryClient client, String reference, ImageLimits limits)
      throws InputException {
    ManifestGet.Fetched f = client.manifest(reference);
    String where = client.reference().registry() + "/" + client.reference().repository() + "@"
        + f.digest();
    var doc = ImageJson.tree(f.raw(), where);
    if (!MediaTypes.isIndex(ImageJson.mediaTypeOf(doc))) {
      throw new InputException(where, "not an index or manifest list (a single-platform image)");
    }
    return new RegistryIndex(client, f.digest(), ImageJson.index(doc, where), limits);
  }

  @Override
  public Digest digest() {
    return digest;
  }

  @Override
  public IndexManifest manifest() {
    return manifest;
  }

  @Override
  public Image image(Descriptor child) throws InputException, IOException {
    ManifestGet.Fetched f = client.manifest(child.digest().toString());
    String source = client.reference().withDigest(child.digest()).toString();
    BlobFetcher blobs = d -> {
      try {
        return client.blob(d);
      } catch (RegistryException e) {
        throw new IOException(e.describe(), e);
      }
    };
    var doc = ImageJson.tree(f.raw(), source);
    if (!MediaTypes.isManifest(ImageJson.mediaTypeOf(doc))) {
      throw new InputException(source, "not an image manifest");
    }
    if (f.raw().length > limits.maxManifestBytes()) {
      throw new InputException(source, "manifest over maxManifestBytes");
    }
    return BlobImage.create(source, f.digest(), f.raw(), ImageJson.manifest(doc, source), blobs,
        limits, null);
  }

  @Override
  public ImageIndex index(Descriptor child) throws InputException {
    return open(client, child.digest().toString(), limits);
  }

  /** Bytes of a child's config, for callers listing platforms of entries that declare none. */
  byte[] config(Descriptor config, String source) throws InputException {
    return Blobs.readSmall(d -> {
      try {
        return client.blob(d);
      } catch (RegistryException e) {
        throw new IOException(e.describe(), e);
      }
    }, config, limits.maxConfigBytes(), "maxConfigBytes", source);
  }
}
