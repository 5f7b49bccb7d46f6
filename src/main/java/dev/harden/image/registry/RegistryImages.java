package dev.harden.image.registry;

import dev.harden.image.BlobFetcher;
import dev.harden.image.BlobImage;
import dev.harden.image.Blobs;
import dev.harden.image.Descriptor;
import dev.harden.image.Image;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageReference;
import dev.harden.image.IndexWalker;
import dev.harden.io.InputException;
import java.io.IOException;

/**
 * Opens an image from a registry: the tag or digest is resolved to a verified manifest (through an
 * index for the wanted platform when it is multi-platform), the config is downloaded and verified,
 * and layers are streamed on demand, each checked against its digest while it is read.
 */
public final class RegistryImages {

  private RegistryImages() {}

  public static Image open(ImageReference ref, ImageOptions options) throws InputException {
    return open(RegistryClient.create(ref, RegistryOptions.from(options)), options);
  }

  public static Image open(RegistryClient client, ImageOptions options) throws InputException {
    ImageReference ref = client.reference();
    String source = ref.toString();
    ManifestGet.Fetched top = client.manifest(ref.manifestReference());
    BlobFetcher blobs = d -> {
      try {
        return client.blob(d);
      } catch (RegistryException e) {
        throw new IOException(e.describe(), e);
      }
    };
    IndexWalker.Fetch fetch = new IndexWalker.Fetch() {
      @Override
      public byte[] manifest(Descriptor d) throws InputException {
        ManifestGet.Fetched f = client.manifest(d.digest().toString());
        if (f.raw().length != d.size()) {
          throw new RegistryException.BadResponse(ref.registry(), "manifest " + d.digest()
              + " has " + f.raw().length + " bytes, the index says " + d.size());
        }
        return f.raw();
      }

      @Override
      public byte[] config(Descriptor d) throws InputException {
        return Blobs.readSmall(blobs, d, options.limits().maxConfigBytes(), "maxConfigBytes",
            source);
      }
    };
    IndexWalker.Selected chosen = IndexWalker.select(top.raw(), top.digest(), fetch,
        options.platform(), options.limits(), source);
    return BlobImage.create(source, chosen.digest(), chosen.raw(), chosen.manifest(), blobs,
        options.limits(), null);
  }
}
