package dev.harden.catalog;

import dev.harden.image.fs.FileResolver;
import java.util.List;

/**
 * Runs cataloguers (usually {@code BuiltinCatalogers.all()}) over one file tree and merges what they found into one sorted result. A
 * cataloguer that fails unexpectedly (a bug, not bad input) becomes an {@link Unknown} naming it,
 * so one broken cataloguer never hides the others' packages.
 */
public final class CatalogRunner {

  private final List<Cataloger> catalogers;

  public CatalogRunner(List<Cataloger> catalogers) {
    this.catalogers = List.copyOf(catalogers);
  }

  public List<Cataloger> catalogers() {
    return catalogers;
  }

  public CatalogResult run(FileResolver files, CatalogContext ctx) throws InterruptedException {
    CatalogResult all = CatalogResult.EMPTY;
    for (Cataloger c : catalogers) {
      try {
        all = all.plus(c.catalog(files, ctx));
      } catch (RuntimeException e) {
        all = all.plus(new CatalogResult(List.of(), List.of(),
            List.of(new Unknown("/", "cataloguer " + c.name() + " failed: " + e))));
      }
    }
    return all.sorted();
  }
}
