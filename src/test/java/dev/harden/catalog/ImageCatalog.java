package dev.harden.catalog;

import dev.harden.catalog.builtin.BuiltinCatalogers;
import dev.harden.image.ImageOptions;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Catalogues an image archive the way the tool does: read once by the real reader
 * ({@link ImageSources#read}) keeping the contents the built-in cataloguers select, then every
 * built-in cataloguer over the tree.
 */
public final class ImageCatalog {

  private ImageCatalog() {}

  public static CatalogResult of(Path archive)
      throws InputException, IOException, InterruptedException {
    CatalogRunner runner = BuiltinCatalogers.runner();
    try (ImageContents contents = ImageSources.read(archive.toString(), ImageOptions.defaults(),
        BuiltinCatalogers.selector(runner.catalogers()))) {
      return runner.run(contents.files(), CatalogContext.defaults());
    }
  }
}
