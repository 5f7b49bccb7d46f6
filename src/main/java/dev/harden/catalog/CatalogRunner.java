package dev.harden.catalog;

import dev.harden.image.fs.FileResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs cataloguers (usually {@code BuiltinCatalogers.all()}) over one file tree and merges what
 * they found into one sorted result. A cataloguer that fails unexpectedly (a bug, not bad input)
 * becomes an {@link Unknown} naming it, so one broken cataloguer never hides the others' packages.
 *
 * <p>Cataloguers run side by side, one thread per core: each only reads the tree, which no longer
 * changes once the image is read, and keeps no state shared with the others. Results are merged
 * in the cataloguers' order, so the output does not depend on which finished first.
 */
public final class CatalogRunner {

  private final List<Cataloger> catalogers;
  private final int threads;

  public CatalogRunner(List<Cataloger> catalogers) {
    this(catalogers, Runtime.getRuntime().availableProcessors());
  }

  /** With at most {@code threads} cataloguers at a time (1: one after the other, on the caller). */
  public CatalogRunner(List<Cataloger> catalogers, int threads) {
    this.catalogers = List.copyOf(catalogers);
    this.threads = Math.max(1, Math.min(threads, this.catalogers.size()));
  }

  public List<Cataloger> catalogers() {
    return catalogers;
  }

  public CatalogResult run(FileResolver files, CatalogContext ctx) throws InterruptedException {
    if (threads == 1) {
      CatalogResult all = CatalogResult.EMPTY;
      for (Cataloger c : catalogers) {
        all = all.plus(runOne(c, files, ctx));
      }
      return all.sorted();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "harden-cataloguer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<CatalogResult>> results = new ArrayList<>(catalogers.size());
      for (Cataloger c : catalogers) {
        results.add(pool.submit(() -> runOne(c, files, ctx)));
      }
      CatalogResult all = CatalogResult.EMPTY;
      for (Future<CatalogResult> f : results) {
        all = all.plus(await(f));
      }
      return all.sorted();
    } finally {
      pool.shutdownNow();
    }
  }

  private static CatalogResult runOne(Cataloger c, FileResolver files, CatalogContext ctx)
      throws InterruptedException {
    try {
      return c.catalog(files, ctx);
    } catch (RuntimeException e) {
      return new CatalogResult(List.of(), List.of(),
          List.of(new Unknown("/", "cataloguer " + c.name() + " failed: " + e)));
    }
  }

  private static CatalogResult await(Future<CatalogResult> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InterruptedException) {
        throw new InterruptedException(cause.getMessage());
      }
      if (cause instanceof Error error) {
        throw error; // out of memory and friends reach Main as if thrown here
      }
      // runOne turns every RuntimeException into an unknown; anything else is a checked
      // exception the signature does not allow
      throw new IllegalStateException(cause);
    }
  }
}
