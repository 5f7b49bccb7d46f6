package dev.harden.image.archive;

import dev.harden.image.Image;
import dev.harden.image.ImageOptions;
import dev.harden.io.Budget;
import dev.harden.io.Compression;
import dev.harden.io.Decompressor;
import dev.harden.io.InputException;
import dev.harden.io.LimitExceededException;
import dev.harden.io.PrivateTempDir;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an image stored as files: a docker-archive (Docker 25+ or legacy layout, optionally
 * gzipped as a whole, as {@code docker save | gzip} makes it), an OCI layout tar, or an OCI layout
 * directory. The layout is told from the content, not the file name.
 */
public final class ImageArchives {

  private ImageArchives() {}

  /** True when {@code dir} holds an OCI layout or an unpacked docker-archive. */
  public static boolean isImageDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve("index.json"))
        || Files.isRegularFile(dir.resolve("manifest.json"));
  }

  public static Image open(Path path, ImageOptions options) throws InputException, IOException {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      return read(new DirectoryBlobs(path), source, options, null);
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(source, "no such file or directory");
    }
    Compression compression;
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      compression = Compression.sniff(head, head.length);
    }
    if (compression == Compression.NONE) {
      return read(TarIndex.open(path, options.limits().maxEntries(),
          options.limits().maxPathLength()), source, options, null);
    }
    // a compressed archive cannot be read at random: decompress it once into a private temp dir
    PrivateTempDir temp = PrivateTempDir.create(options.tempDir(), "harden-archive-");
    try {
      Path tar = temp.path().resolve("archive.tar");
      try (InputStream raw = Files.newInputStream(path);
          InputStream plain = Decompressor.open(raw,
              Budget.ofBytes(options.limits().maxUncompressedBytes(), "maxUncompressedBytes"),
              options.limits().maxCompressionRatio(), source).stream();
          OutputStream out = Files.newOutputStream(tar)) {
        plain.transferTo(out);
      } catch (LimitExceededException e) {
        throw new InputException(source, e.getMessage());
      } catch (IOException e) {
        throw new InputException(source, e.getMessage(), e);
      }
      return read(TarIndex.open(tar, options.limits().maxEntries(),
          options.limits().maxPathLength()), source, options, temp);
    } catch (InputException | IOException | RuntimeException e) {
      temp.close();
      throw e;
    }
  }

  private static Image read(BlobSource blobs, String source, ImageOptions options,
      Closeable temp) throws InputException, IOException {
    Closeable onClose = () -> {
      try {
        blobs.close();
      } finally {
        if (temp != null) {
          temp.close();
        }
      }
    };
    try {
      if (OciLayout.looksLike(blobs)) {
        return OciLayout.read(blobs, source, options.platform(), options.limits(), onClose);
      }
      if (DockerArchive.looksLike(blobs)) {
        return DockerArchive.read(blobs, source, options.limits(), onClose);
      }
      throw new InputException(source,
          "not an image archive: neither an OCI layout (index.json) nor a docker-archive "
              + "(manifest.json)");
    } catch (InputException | IOException | RuntimeException e) {
      blobs.close();
      throw e;
    }
  }
}
