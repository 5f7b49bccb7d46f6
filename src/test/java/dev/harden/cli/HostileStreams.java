package dev.harden.cli;

import dev.harden.image.MediaTypes;
import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Hostile layer streams for {@link HostileInputTest}: decompression bombs, and gzip and zstd
 * streams cut short or corrupted, each in an otherwise valid OCI layout (see {@link
 * HostileImages} for hostile tar entries and manifests).
 */
final class HostileStreams {

  private HostileStreams() {}

  private static byte[] zeros() {
    return new byte[40 << 20];
  }

  static Path gzipBomb(Path dir) throws IOException {
    return HostileImages.oneLayer(dir, TarBuilder.layer().file("/zeros", zeros()));
  }

  static Path zstdBomb(Path dir) throws IOException {
    return TestImages.image().zstdLayer(TarBuilder.layer().file("/zeros", zeros()))
        .ociDir(dir.resolve("image"));
  }

  private static byte[] noise(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static Path sixMegabytesGzip(Path dir) throws IOException {
    return TestImages.image().layer(TarBuilder.layer().file("/a", noise(3 << 20, 1)))
        .layer(TarBuilder.layer().file("/b", noise(3 << 20, 2))).ociDir(dir.resolve("image"));
  }

  static Path sixMegabytesZstd(Path dir) throws IOException {
    return TestImages.image().zstdLayer(TarBuilder.layer().file("/a", noise(3 << 20, 1)))
        .zstdLayer(TarBuilder.layer().file("/b", noise(3 << 20, 2))).ociDir(dir.resolve("image"));
  }

  private static Path brokenStream(Path dir, boolean zstd, boolean truncate) throws IOException {
    byte[] tar = HostileImages.osRelease().file("/noise", noise(1 << 20, 3)).tar();
    byte[] full = zstd ? TarBuilder.zstd(tar) : TarBuilder.gzip(tar);
    byte[] broken;
    if (truncate) {
      broken = Arrays.copyOf(full, full.length / 2);
    } else {
      broken = full.clone();
      for (int i = full.length / 3; i < full.length / 3 + 64; i++) {
        broken[i] ^= 0x5a;
      }
    }
    // the stored digest is of the broken bytes: the decoder, not the digest, must catch it
    return TestImages.image().layer(broken, tar,
        zstd ? MediaTypes.OCI_LAYER_ZSTD : MediaTypes.OCI_LAYER_GZIP).ociDir(dir.resolve("image"));
  }

  static Path gzipHeaderCutShort(Path dir) throws IOException {
    byte[] tar = HostileImages.osRelease().tar();
    // magic, deflate, FNAME set, mtime, flags, OS, then a file name that never ends
    byte[] header = {0x1f, (byte) 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3, 'l', 'a', 'y', 'e', 'r'};
    return TestImages.image().layer(header, tar, MediaTypes.OCI_LAYER_GZIP)
        .ociDir(dir.resolve("image"));
  }

  static Path truncatedGzip(Path dir) throws IOException {
    return brokenStream(dir, false, true);
  }

  static Path truncatedZstd(Path dir) throws IOException {
    return brokenStream(dir, true, true);
  }

  static Path corruptGzip(Path dir) throws IOException {
    return brokenStream(dir, false, false);
  }

  static Path corruptZstd(Path dir) throws IOException {
    return brokenStream(dir, true, false);
  }
}
