package dev.harden.catalog;

import dev.harden.catalog.builtin.BuiltinCatalogers;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints how long the built-in cataloguers take over each image archive given (run by
 * bench/catalog.sh): the time the image reader takes to read the archive into its file tree, then
 * the median of five cataloguing runs over that tree, and what was found.
 */
public final class CatalogBench {

  private CatalogBench() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Path archive = Path.of(arg);
      CatalogRunner runner = BuiltinCatalogers.runner();
      long t0 = System.nanoTime();
      try (ImageContents contents = ImageSources.read(archive.toString(), ImageOptions.defaults(),
          BuiltinCatalogers.selector(runner.catalogers()))) {
        report(archive, runner, contents.files(), System.nanoTime() - t0);
      }
    }
  }

  private static void report(Path archive, CatalogRunner runner, FileResolver tree, long load)
      throws Exception {
    long[] runs = new long[5];
    CatalogResult result = null;
    for (int i = 0; i < runs.length; i++) {
      long s = System.nanoTime();
      result = runner.run(tree, CatalogContext.defaults());
      runs[i] = System.nanoTime() - s;
    }
    Arrays.sort(runs);
    StringBuilder per = new StringBuilder();
    for (Cataloger c : runner.catalogers()) {
      long s = System.nanoTime();
      c.catalog(tree, CatalogContext.defaults());
      per.append(String.format(" %s=%.0f", c.name(), (System.nanoTime() - s) / 1e6));
    }
    Map<String, Integer> byType = new TreeMap<>();
    result.packages().forEach(p -> byType.merge(p.type().id(), 1, Integer::sum));
    System.out.printf("%-28s entries %6d  load %6.0f ms  catalog median %5.0f ms  packages %s"
        + "  unknowns %d%n", archive.getFileName(), tree.entries().count(), load / 1e6,
        runs[2] / 1e6, byType, result.unknowns().size());
    System.out.println("  per cataloguer (ms):" + per);
  }
}
