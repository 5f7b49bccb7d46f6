package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every cataloguer fuzz target checks: the cataloguer runs to the end on the fuzzed file (a
 * file it cannot use is an {@link Unknown}, never an exception), every unknown names a file of the
 * tree (or an entry inside one, {@code outer.jar!/inner}), and every package has a name and a
 * version. Used by the {@code *FuzzTest} classes of the ecosystem packages.
 */
public final class CatalogFuzzing {

  /** Where rpm's sqlite reader may make its temporary directory during fuzzing. */
  private static final Path SCRATCH;

  static {
    try {
      SCRATCH = Files.createTempDirectory("harden-fuzz-scratch");
      SCRATCH.toFile().deleteOnExit();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private CatalogFuzzing() {}

  /** Catalogues a tree of these files (path to content; mode 0755 so executables count). */
  public static CatalogResult run(Cataloger cataloger, Map<String, byte[]> files) {
    MemoryFileResolver tree = new MemoryFileResolver();
    files.forEach((path, content) -> tree.file(path, content, 0755, 0));
    CatalogContext defaults = CatalogContext.defaults();
    CatalogContext ctx = new CatalogContext(8L << 20, defaults.maxArchiveDepth(), 10_000,
        8L << 20, 16L << 20, SCRATCH);
    CatalogResult result;
    try {
      result = cataloger.catalog(tree, ctx);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    for (Unknown u : result.unknowns()) {
      String file = u.path().contains("!") ? u.path().substring(0, u.path().indexOf('!'))
          : u.path();
      assertThat(tree.lookup(file)).as("unknown %s names a file of the tree", u).isPresent();
      assertThat(u.reason()).isNotBlank();
    }
    for (Pkg p : result.packages()) {
      assertThat(p.name()).isNotBlank();
      assertThat(p.version()).isNotNull();
    }
    return result;
  }

  /** One file. */
  public static CatalogResult run(Cataloger cataloger, String path, byte[] content) {
    return run(cataloger, Map.of(path, content));
  }
}
