package dev.harden.reach;

import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.reach.elf.ElfSummarizer;

/**
 * The file contents reachability reads, for the image reader to keep: programs and scripts (any
 * executable bit), JavaScript sources and {@code package.json}, Python sources and {@code .pth}
 * files, jars (manifests), and the loader's and NSS's configuration. Shared objects and Node
 * addons are not kept: {@link ElfSummarizer} reads their dynamic section while the layer streams.
 */
public final class ReachContent {

  public static final ContentSelector SELECTOR =
      ContentSelector.summarizing(ReachContent::keep, ElfSummarizer.INSTANCE);

  private ReachContent() {}

  static boolean keep(FileEntry e) {
    if (!e.isRegular()) {
      return false;
    }
    String name = e.name();
    if ((e.mode() & 0111) != 0) {
      return !ElfSummarizer.INSTANCE.wants(e); // programs and scripts; libraries are summarised
    }
    if (name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs")
        || name.equals("package.json")) {
      return true;
    }
    if (name.endsWith(".py") || name.endsWith(".pth") || name.equals("pyvenv.cfg")) {
      return true;
    }
    if (name.endsWith(".jar") || name.endsWith(".sh")) {
      return true;
    }
    String path = e.path();
    return path.equals("/etc/ld.so.conf") || path.startsWith("/etc/ld.so.conf.d/")
        || (path.startsWith("/etc/ld-musl-") && path.endsWith(".path"))
        || path.equals("/etc/nsswitch.conf");
  }
}
