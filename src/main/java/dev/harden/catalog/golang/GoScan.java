package dev.harden.catalog.golang;

import java.util.Optional;

/**
 * What one executable holds of Go: its build information and, when the build information leaves
 * the main module's version empty, the version an {@code -ldflags -X} symbol stamps; or why the
 * build information could not be read. Small enough to keep per file while a layer streams (see
 * {@link GoBinarySummarizer}), so the image reader need not keep every program of an image.
 */
record GoScan(GoBuildInfo info, String ldflagsVersion, String problem) {

  /** An ELF file without Go build information, or not an ELF file at all. */
  static final GoScan NOT_GO = new GoScan(null, "", null);

  /** Symbols projects commonly set with {@code -ldflags -X} to stamp the main module's version. */
  private static final String[] VERSION_SYMBOLS = {
    "main.version", "main.Version", "main.appVersion", "main.buildVersion"
  };

  boolean isGo() {
    return info != null;
  }

  /** Reads the executable held in the first {@code length} bytes of {@code bytes}. */
  static GoScan of(byte[] bytes, int length) {
    if (length < 4 || !ElfFile.isElf(bytes)) {
      return NOT_GO;
    }
    try {
      ElfFile elf = ElfFile.parse(bytes, length);
      Optional<GoBuildInfo> info = GoBuildInfo.read(elf);
      if (info.isEmpty()) {
        return NOT_GO;
      }
      GoBuildInfo.Module main = info.get().main();
      boolean unstamped = main != null && !main.path().isEmpty()
          && (main.version().isEmpty() || main.version().equals("(devel)"));
      return new GoScan(info.get(), unstamped ? ldflagsVersion(elf).orElse("") : "", null);
    } catch (IllegalArgumentException e) {
      return new GoScan(null, "", e.getMessage());
    }
  }

  private static Optional<String> ldflagsVersion(ElfFile elf) {
    int ptrSize = elf.is64() ? 8 : 4;
    for (String symbol : VERSION_SYMBOLS) {
      try {
        Optional<Long> addr = elf.symbol(symbol);
        if (addr.isPresent()) {
          String v = GoBuildInfo.goString(elf, addr.get(), ptrSize).trim();
          if (!v.isEmpty()) {
            return Optional.of(v);
          }
        }
      } catch (IllegalArgumentException e) {
        // a symbol that does not point at a string: try the next name
      }
    }
    return Optional.empty();
  }
}
