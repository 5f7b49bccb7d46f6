package dev.harden.lint.image;

import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageConfig;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.OsRelease;
import dev.harden.lint.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What image checks see: the squashed file tree (contents kept for {@link ImageChecks#CONTENT}),
 * the run configuration, the layers, the detected OS and the package inventory.
 *
 * @param subject the image as the user named it (the {@code file} of every finding)
 * @param files the file tree
 * @param config the image's run configuration, empty for a root filesystem directory
 * @param annotations manifest annotations and config labels (OCI base-image annotations live here)
 * @param layers bottom first, empty for a directory
 * @param os the detected distribution
 * @param catalog the packages found
 */
public record ImageSubject(
    String subject,
    FileResolver files,
    Optional<ImageConfig.Container> config,
    Map<String, String> annotations,
    List<LayerInfo> layers,
    Optional<OsRelease> os,
    CatalogResult catalog) {

  /** A location naming a file inside the image and the layer that wrote it. */
  public Location at(FileEntry entry) {
    Location l = Location.of(subject, 0, 0).with("path", entry.path());
    if (entry.layer() >= 0 && entry.layer() < layers.size()) {
      l = l.with("layer", layers.get(entry.layer()).diffId().toString());
    }
    return l;
  }

  /** A location for the image as a whole (its configuration). */
  public Location image() {
    return Location.of(subject, 0, 0);
  }
}
