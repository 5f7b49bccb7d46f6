package dev.harden.image.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The files of an OCI layout directory (or an unpacked docker-archive). A name that leads outside
 * the directory, through {@code ..} or a symlink, is treated as absent.
 */
final class DirectoryBlobs implements BlobSource {

  private final Path root;

  DirectoryBlobs(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  private Path inside(String name) throws IOException {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || !Files.isRegularFile(p)) {
      return null;
    }
    Path real = p.toRealPath();
    return real.startsWith(root) ? real : null;
  }

  @Override
  public OptionalLong size(String name) throws IOException {
    Path p = inside(name);
    return p == null ? OptionalLong.empty() : OptionalLong.of(Files.size(p));
  }

  @Override
  public InputStream open(String name) throws IOException {
    Path p = inside(name);
    if (p == null) {
      throw new NoSuchFileException(describe(name));
    }
    return Files.newInputStream(p);
  }

  @Override
  public String describe(String name) {
    return root.resolve(name).toString();
  }

  @Override
  public void close() {}
}
