package dev.harden.reach;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.source.ImageContents;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.reach.layers.BaseResolver;
import dev.harden.reach.layers.BaseSource;

/**
 * bench/reach.sh's worker: one scan of an image, the way {@code harden scan} reads it (open,
 * verify, read the tree once, catalogue), with ({@code reach}) or without ({@code plain})
 * reachability: its selector added to the read, then the analysis. Prints one line of figures.
 * Usage: {@code ReachBench plain|reach ARCHIVE [PASSES]} (passes > 1: steady state, last pass
 * timed).
 */
public final class ReachBench {

  private ReachBench() {}

  public static void main(String[] args) throws Exception {
    boolean reach = args[0].equals("reach");
    String target = args[1];
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long nanos = 0;
    long cpu = 0;
    long analyse = 0;
    String summary = "";
    String phases = "";
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      ContentSelector extra = reach ? ReachContent.SELECTOR : ContentSelector.NONE;
      ImagePipeline pipeline = new ImagePipeline(ImageOptions.defaults(),
          CatalogContext.defaults(), extra);
      try (ImageContents contents = pipeline.read(target)) {
        long afterRead = os.getProcessCpuTime();
        CatalogResult catalog = pipeline.catalog(contents);
        long afterCatalog = os.getProcessCpuTime();
        phases = String.format("read %.2f catalog %.2f", (afterRead - c0) / 1e9,
            (afterCatalog - afterRead) / 1e9);
        summary = catalog.packages().size() + " packages";
        if (reach) {
          long a0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          ReachResult r = new ReachabilityAnalyzer(new BaseResolver(ImageOptions.defaults()),
              ReachOptions.DEFAULTS).analyze(contents, catalog, BaseSource.NONE);
          long reachable = r.packages().values().stream()
              .filter(p -> p.verdict().status() == ReachStatus.REACHABLE).count();
          summary += ", " + reachable + " reachable, " + r.filesReached() + " files reached";
          analyse = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - a0;
        }
      }
      nanos = System.nanoTime() - t0;
      cpu = os.getProcessCpuTime() - c0;
    }
    System.out.printf("%s %s wall %.3f s cpu %.3f s (%s, analysis thread %.2f) (%s)%n", args[0],
        target, nanos / 1e9, cpu / 1e9, phases, analyse / 1e9, summary);
  }
}
