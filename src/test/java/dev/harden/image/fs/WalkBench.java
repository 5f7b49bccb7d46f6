package dev.harden.image.fs;

import dev.harden.image.ImageOptions;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bench driver for bench/image-walk.sh (not a test): opens an image, builds its layered tree with a
 * selector like the cataloguers' and walks every entry, then prints one line of figures.
 * Arguments: IMAGE [PARALLELISM].
 */
public final class WalkBench {

  /** Roughly what the cataloguers and reachability ask to read. */
  static final ContentSelector CATALOGUER_LIKE = ContentSelector.globs(
      "**/var/lib/dpkg/status", "**/var/lib/dpkg/status.d/*", "**/var/lib/dpkg/info/*.list",
      "**/lib/apk/db/installed", "**/var/lib/rpm/*", "**/package.json", "**/package-lock.json",
      "**/*.jar", "**/*.dist-info/METADATA", "**/etc/passwd");

  private WalkBench() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ImageOptions options = ImageOptions.defaults();
    if (args.length > 1) {
      options = options.withParallelism(Integer.parseInt(args[1]));
    }
    AtomicLong bytes = new AtomicLong();
    long entries;
    long kept;
    try (ImageContents c = ImageSources.read(args[0], options, CATALOGUER_LIKE)) {
      entries = c.files().entries().mapToLong(e -> {
        bytes.addAndGet(e.size());
        return 1;
      }).sum();
      kept = c.files().entries().filter(FileEntry::isRegular)
          .filter(CATALOGUER_LIKE::keep).count();
      if (!c.notes().isEmpty()) {
        System.err.println("notes: " + c.notes().size());
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("walk %s: %d ms, %d entries, %d MiB in files, %d kept, heap used %d MiB%n",
        args[0], ms, entries, bytes.get() >> 20, kept,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }
}
