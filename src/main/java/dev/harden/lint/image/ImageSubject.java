package dev.harden.lint.image;

import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageConfig;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.OsRelease;
import dev.harden.lint.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What image checks see: the squashed file tree (contents kept for {@link ImageChecks#CONTENT}),
 * the run configuration, the layers, the detected OS and the package inventory.
 *
 * <p>Several checks need the same view of a large tree (the set-id files, the executables on the
 * usual paths); {@link #derived} computes such a view once per image and hands the same object to
 * every check that asks, so the tree is walked once however many checks run.
 */
public final class ImageSubject {

  private final String subject;
  private final FileResolver files;
  private final Optional<ImageConfig.Container> config;
  private final Map<String, String> annotations;
  private final List<LayerInfo> layers;
  private final Optional<OsRelease> os;
  private final CatalogResult catalog;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  /**
   * @param subject the image as the user named it (the {@code file} of every finding)
   * @param files the file tree
   * @param config the image's run configuration, empty for a root filesystem directory
   * @param annotations manifest annotations and config labels (OCI base-image annotations live
   *     here)
   * @param layers bottom first, empty for a directory
   * @param os the detected distribution
   * @param catalog the packages found
   */
  public ImageSubject(
      String subject,
      FileResolver files,
      Optional<ImageConfig.Container> config,
      Map<String, String> annotations,
      List<LayerInfo> layers,
      Optional<OsRelease> os,
      CatalogResult catalog) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.files = Objects.requireNonNull(files, "files");
    this.config = Objects.requireNonNull(config, "config");
    this.annotations = Map.copyOf(annotations);
    this.layers = List.copyOf(layers);
    this.os = Objects.requireNonNull(os, "os");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  public String subject() {
    return subject;
  }

  public FileResolver files() {
    return files;
  }

  public Optional<ImageConfig.Container> config() {
    return config;
  }

  public Map<String, String> annotations() {
    return annotations;
  }

  public List<LayerInfo> layers() {
    return layers;
  }

  public Optional<OsRelease> os() {
    return os;
  }

  public CatalogResult catalog() {
    return catalog;
  }

  /**
   * The view of this image that {@code compute} builds, computed on the first call for this type
   * and shared afterwards. {@code compute} must depend on nothing but the image.
   */
  public synchronized <T> T derived(Class<T> type, Function<ImageSubject, ? extends T> compute) {
    Object known = derived.get(type);
    if (known == null) {
      known = Objects.requireNonNull(compute.apply(this), "derived view");
      derived.put(type, known);
    }
    return type.cast(known);
  }

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
