package dev.harden.image.fs;

import dev.harden.image.ImageOptions;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bench driver for bench/image-walk.sh (not a test): opens an image, builds its layered tree with a
 * selector like the cataloguers' and walks every entry, then prints one line of figures per pass.
 * Arguments: IMAGE [PARALLELISM [PASSES]]. The first pass of a process is "cold" (JVM start-up and
 * JIT compilation included); later passes show the steady-state cost of the library itself.
 */
public final class WalkBench {

  /** Roughly what the cataloguers and reachability ask to read. */
  static final ContentSelector CATALOGUER_LIKE = ContentSelector.globs(
      "**/var/lib/dpkg/status", "**/var/lib/dpkg/status.d/*", "**/var/lib/dpkg/info/*.list",
      "**/lib/apk/db/installed", "**/var/lib/rpm/*", "**/package.json", "**/package-lock.json",
      "**/*.jar", "**/*.dist-info/METADATA", "**/etc/passwd");

  private WalkBench() {}

  public static void main(String[] args) throws Exception {
    ImageOptions options = ImageOptions.defaults();
    if (args.length > 1 && Integer.parseInt(args[1]) > 0) {
      options = options.withParallelism(Integer.parseInt(args[1]));
    }
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      AtomicLong bytes = new AtomicLong();
      long entries;
      long kept;
      int notes;
      try (ImageContents c = ImageSources.read(args[0], options, CATALOGUER_LIKE)) {
        entries = c.files().entries().mapToLong(e -> {
          bytes.addAndGet(e.size());
          return 1;
        }).sum();
        kept = c.files().entries().filter(FileEntry::isRegular)
            .filter(CATALOGUER_LIKE::keep).count();
        notes = c.notes().size();
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      Runtime rt = Runtime.getRuntime();
      System.out.printf("pass %d: %d ms, %d entries, %d MiB in files, %d kept, %d notes,"
          + " heap used %d MiB%n", pass, ms, entries, bytes.get() >> 20, kept, notes,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }
}
