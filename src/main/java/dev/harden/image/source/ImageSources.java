package dev.harden.image.source;

import dev.harden.image.Image;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageReference;
import dev.harden.image.archive.ImageArchives;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.DirectoryFileResolver;
import dev.harden.image.fs.LayeredFileTree;
import dev.harden.image.fs.OsRelease;
import dev.harden.image.registry.RegistryImages;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for "an image the user named": a path to a docker-archive (plain or
 * gzipped, any layout), an OCI layout (tar or directory), a root filesystem directory, or a
 * registry reference. An existing path wins over a reference; a prefix forces the kind:
 * {@code docker-archive:}, {@code oci-archive:}, {@code oci:}, {@code dir:} (root filesystem) and
 * {@code docker://} or {@code registry:} (a reference).
 */
public final class ImageSources {

  private ImageSources() {}

  /** The image behind {@code target}; a root filesystem directory is refused (it has none). */
  public static Image open(String target, ImageOptions options) throws InputException {
    Kind kind = kindOf(target);
    return switch (kind) {
      case ROOTFS -> throw new InputException(target,
          "a root filesystem directory is not an image (it has no config or layers)");
      case ARCHIVE -> openArchive(stripPrefix(target), options);
      case REGISTRY -> openRegistry(stripPrefix(target), options);
    };
  }

  /**
   * Opens {@code target} and builds its file tree, keeping the contents {@code selector} asks for
   * (plus the OS release files).
   */
  public static ImageContents read(String target, ImageOptions options, ContentSelector selector)
      throws InputException {
    ContentSelector wanted = selector.or(OsRelease.CONTENT);
    if (kindOf(target) == Kind.ROOTFS) {
      Path dir = Path.of(stripPrefix(target));
      DirectoryFileResolver files;
      try {
        files = DirectoryFileResolver.of(dir);
      } catch (IOException e) {
        throw new InputException(dir.toString(), "unreadable directory: " + e.getMessage(), e);
      }
      return new ImageContents(dir.toString(), Optional.empty(), files, List.of(), List.of(),
          OsRelease.detect(files), () -> {});
    }
    Image image = open(target, options);
    try {
      LayeredFileTree tree = LayeredFileTree.read(image, wanted, options);
      return new ImageContents(image.source(), Optional.of(image), tree, tree.layers(),
          tree.notes(), OsRelease.detect(tree), () -> {
            try {
              tree.close();
            } finally {
              image.close();
            }
          });
    } catch (InputException | RuntimeException e) {
      try {
        image.close();
      } catch (IOException ignored) {
        // already failing
      }
      throw e;
    }
  }

  enum Kind { ARCHIVE, ROOTFS, REGISTRY }

  static Kind kindOf(String target) throws InputException {
    if (target.startsWith("docker://") || target.startsWith("registry:")) {
      return Kind.REGISTRY;
    }
    if (target.startsWith("dir:")) {
      return Kind.ROOTFS;
    }
    if (target.startsWith("docker-archive:") || target.startsWith("oci-archive:")
        || target.startsWith("oci:")) {
      return Kind.ARCHIVE;
    }
    Path p = Path.of(target);
    if (Files.isDirectory(p)) {
      return ImageArchives.isImageDirectory(p) ? Kind.ARCHIVE : Kind.ROOTFS;
    }
    if (Files.exists(p)) {
      return Kind.ARCHIVE;
    }
    if (target.startsWith(".") || target.startsWith("/") || target.endsWith(".tar")
        || target.endsWith(".tar.gz") || target.endsWith(".tgz")) {
      throw new InputException(target, "no such file or directory");
    }
    if (ImageReference.looksLikeReference(target)) {
      return Kind.REGISTRY;
    }
    throw new InputException(target, "neither an existing file or directory nor an image reference");
  }

  private static String stripPrefix(String target) {
    for (String p : List.of("docker://", "registry:", "docker-archive:", "oci-archive:", "oci:",
        "dir:")) {
      if (target.startsWith(p)) {
        return target.substring(p.length());
      }
    }
    return target;
  }

  private static Image openArchive(String path, ImageOptions options) throws InputException {
    try {
      return ImageArchives.open(Path.of(path), options);
    } catch (IOException e) {
      throw new InputException(path, "unreadable: " + e.getMessage(), e);
    }
  }

  private static Image openRegistry(String reference, ImageOptions options) throws InputException {
    ImageReference ref;
    try {
      ref = ImageReference.parse(reference);
    } catch (IllegalArgumentException e) {
      throw new InputException(reference, "not a valid image reference: " + e.getMessage());
    }
    return RegistryImages.open(ref, options);
  }
}
