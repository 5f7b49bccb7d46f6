package dev.harden.image.archive;

import dev.harden.image.BlobFetcher;
import dev.harden.image.BlobImage;
import dev.harden.image.Blobs;
import dev.harden.image.Descriptor;
import dev.harden.image.Image;
import dev.harden.image.ImageJson;
import dev.harden.image.ImageLimits;
import dev.harden.image.IndexWalker;
import dev.harden.image.Platform;
import dev.harden.io.BoundedInputStream;
import dev.harden.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Reads an OCI image layout ({@code oci-layout}, {@code index.json}, {@code blobs/<alg>/<hex>}),
 * from a directory or a tar. The platform picks the image when the index holds several; nested
 * indexes are followed. Every blob is verified against its digest as it is read.
 */
final class OciLayout {

  private OciLayout() {}

  static boolean looksLike(BlobSource blobs) throws IOException {
    return blobs.size("index.json").isPresent() && blobs.size("oci-layout").isPresent();
  }

  static Image read(BlobSource blobs, String source, Platform platform, ImageLimits limits,
      Closeable onClose) throws InputException, IOException {
    byte[] layout = readNamed(blobs, "oci-layout", 64 * 1024);
    if (ImageJson.text(ImageJson.tree(layout, blobs.describe("oci-layout")),
        "imageLayoutVersion") == null) {
      throw new InputException(blobs.describe("oci-layout"), "no imageLayoutVersion");
    }
    byte[] index = readNamed(blobs, "index.json", limits.maxManifestBytes());
    BlobFetcher fetcher = d -> blobs.open(blobName(d));
    IndexWalker.Fetch fetch = new IndexWalker.Fetch() {
      @Override
      public byte[] manifest(Descriptor d) throws InputException {
        return Blobs.readSmall(fetcher, d, limits.maxManifestBytes(), "maxManifestBytes", source);
      }

      @Override
      public byte[] config(Descriptor d) throws InputException {
        return Blobs.readSmall(fetcher, d, limits.maxConfigBytes(), "maxConfigBytes", source);
      }
    };
    IndexWalker.Selected chosen = IndexWalker.select(index, null, fetch, platform, limits,
        blobs.describe("index.json"));
    for (Descriptor layer : chosen.manifest().layers()) {
      OptionalLong size = blobs.size(blobName(layer));
      if (size.isEmpty()) {
        throw new InputException(source, "manifest " + chosen.digest() + " names layer "
            + layer.digest() + ", which is missing from the layout");
      }
      if (size.getAsLong() != layer.size()) {
        throw new InputException(source, "layer " + layer.digest() + " is " + size.getAsLong()
            + " bytes, the manifest says " + layer.size());
      }
    }
    return BlobImage.create(source, chosen.digest(), chosen.raw(), chosen.manifest(), fetcher,
        limits, onClose);
  }

  static String blobName(Descriptor d) {
    return "blobs/" + d.digest().algorithm() + "/" + d.digest().hex();
  }

  static byte[] readNamed(BlobSource blobs, String name, long max)
      throws InputException, IOException {
    if (blobs.size(name).isEmpty()) {
      throw new InputException(blobs.describe(name), "missing");
    }
    try (InputStream in = blobs.open(name)) {
      return BoundedInputStream.readAll(in, max, blobs.describe(name));
    } catch (dev.harden.io.LimitExceededException e) {
      throw new InputException(blobs.describe(name), e.getMessage());
    }
  }
}
