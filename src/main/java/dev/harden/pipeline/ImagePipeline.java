package dev.harden.pipeline;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.CatalogRunner;
import dev.harden.catalog.Cataloger;
import dev.harden.catalog.Unknown;
import dev.harden.catalog.builtin.BuiltinCatalogers;
import dev.harden.image.BaseImage;
import dev.harden.image.ImageConfig;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.TreeNote;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import dev.harden.io.InputException;
import dev.harden.report.ImageSummary;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.builtin.BuiltinRules;
import dev.harden.lint.image.ImageChecks;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

/**
 * The shared first half of {@code sbom}, {@code inspect}, {@code scan} and {@code ci}: read the
 * image once (keeping only the file contents the cataloguers and analysers ask for), catalogue
 * every package in one pass over the tree, and summarise the image.
 */
public final class ImagePipeline {

  private final ImageOptions options;
  private final CatalogContext catalogContext;
  private final List<Cataloger> catalogers;
  private final ContentSelector extra;

  /**
   * @param extra contents other analysers need besides the cataloguers' (image checks,
   *     reachability)
   */
  public ImagePipeline(ImageOptions options, CatalogContext catalogContext, ContentSelector extra) {
    this.options = options;
    this.catalogContext = catalogContext;
    this.catalogers = BuiltinCatalogers.all();
    this.extra = extra;
  }

  /** Opens and walks the image; the caller closes the result (it removes spilled contents). */
  public ImageContents read(String target) throws InputException {
    return read(target, ContentSelector.NONE);
  }

  /** As {@link #read(String)}, keeping also what {@code more} selects (reachability's files). */
  public ImageContents read(String target, ContentSelector more) throws InputException {
    return ImageSources.read(target, options,
        BuiltinCatalogers.selector(catalogers).or(ImageChecks.CONTENT).or(extra).or(more));
  }

  /** How images are read (platform, registries, credentials): a base image is read the same way. */
  public ImageOptions options() {
    return options;
  }

  /**
   * Every package in the tree. Suspect tree entries the reader refused (path traversal, links
   * leaving the root, devices) become unknowns, so reports show them.
   */
  public CatalogResult catalog(ImageContents contents) throws InputException {
    CatalogResult result;
    try {
      result = new CatalogRunner(catalogers).run(contents.files(), catalogContext);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(contents.source(), "interrupted while cataloguing");
    }
    List<Unknown> notes = new ArrayList<>();
    for (TreeNote note : contents.notes()) {
      notes.add(new Unknown(note.path(), "layer " + note.layer() + ": " + note.message()));
    }
    return notes.isEmpty() ? result
        : result.plus(new CatalogResult(List.of(), List.of(), notes)).sorted();
  }

  /** The image-level checks of the seven changes over one read image. */
  public static List<Finding> check(ImageContents contents, CatalogResult catalog,
      LintSettings settings) {
    return new ImageChecks(BuiltinRules.image(settings), settings)
        .check(subject(contents, catalog));
  }

  /** What image checks see of one read image. */
  public static ImageSubject subject(ImageContents contents, CatalogResult catalog) {
    return new ImageSubject(contents.source(), contents.files(),
        contents.image().map(i -> i.config().config()), annotations(contents), contents.layers(),
        contents.os(), catalog);
  }

  /** Config labels and manifest annotations together; annotations win. */
  static Map<String, String> annotations(ImageContents contents) {
    Map<String, String> annotations = new TreeMap<>();
    contents.image().ifPresent(i -> {
      annotations.putAll(i.config().config().labels());
      annotations.putAll(i.manifest().annotations());
    });
    return annotations;
  }

  /** The image facts reports print. */
  public static ImageSummary summary(ImageContents contents) {
    Optional<ImageConfig> config = contents.image().map(i -> i.config());
    return new ImageSummary(
        contents.source(),
        contents.image().map(i -> i.digest().toString()),
        config.map(c -> c.platform().toString()),
        contents.os(),
        contents.layers(),
        config.map(ImageConfig::config),
        BaseImage.of(annotations(contents)));
  }
}
