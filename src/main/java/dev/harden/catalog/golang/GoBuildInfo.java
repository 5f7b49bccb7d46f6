package dev.harden.catalog.golang;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The build information the Go linker embeds in every module-aware binary: the toolchain version
 * and the module list ({@code path}, {@code mod}, {@code dep}, {@code =>} lines). Two layouts exist:
 * Go 1.18+ writes both strings inline after the 32-byte header; older linkers write two pointers
 * to Go string headers elsewhere in the data segment.
 */
record GoBuildInfo(String goVersion, Module main, List<Module> deps) {

  /** One module line, with its replacement when a {@code =>} line follows it. */
  record Module(String path, String version, String sum, Module replacement) {}

  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int HEADER = 32;
  private static final int FLAG_BIG_ENDIAN = 1;
  private static final int FLAG_INLINE = 2;

  /** Empty when the ELF file carries no Go build information. */
  static Optional<GoBuildInfo> read(ElfFile elf) {
    long at = headerOffset(elf);
    if (at < 0) {
      return Optional.empty();
    }
    byte[] header = elf.bytesAt(at, HEADER);
    int ptrSize = header[14];
    int flags = header[15];
    String version;
    String modinfo;
    if ((flags & FLAG_INLINE) != 0) {
      long[] cursor = {at + HEADER};
      version = varintString(elf, cursor);
      modinfo = varintString(elf, cursor);
    } else {
      if (ptrSize != 4 && ptrSize != 8) {
        throw new IllegalArgumentException("Go build info with pointer size " + ptrSize);
      }
      ByteOrder order = (flags & FLAG_BIG_ENDIAN) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      if (order != elf.order()) {
        throw new IllegalArgumentException("Go build info byte order differs from the ELF file's");
      }
      version = goString(elf, elf.pointerAt(at + 16, ptrSize), ptrSize);
      modinfo = goString(elf, elf.pointerAt(at + 16 + ptrSize, ptrSize), ptrSize);
    }
    return Optional.of(parse(version, stripSentinels(modinfo)));
  }

  /**
   * The header's file offset: the .go.buildinfo section, else (stripped section tables, or Go
   * binaries from before the section existed) a search of the writable segments. ELF files with
   * sections but no sign of Go are not searched: most executables of an image are C programs.
   */
  private static long headerOffset(ElfFile elf) {
    Optional<ElfFile.Section> section = elf.section(".go.buildinfo");
    if (section.isPresent() && section.get().size() >= HEADER) {
      long off = section.get().offset();
      if (Arrays.equals(elf.bytesAt(off, MAGIC.length), MAGIC)) {
        return off;
      }
    }
    if (elf.hasSections() && elf.section(".gopclntab").isEmpty()
        && elf.section(".note.go.buildid").isEmpty() && elf.section(".go.buildinfo").isEmpty()) {
      return -1;
    }
    for (ElfFile.Segment s : elf.segments()) {
      if (s.type() != ElfFile.PT_LOAD || (s.flags() & ElfFile.PF_W) == 0) {
        continue;
      }
      long end = Math.min(s.offset() + s.fileSize(), elf.size()) - HEADER;
      for (long off = (s.offset() + 15) & ~15L; off <= end; off += 16) {
        if (Arrays.equals(elf.bytesAt(off, MAGIC.length), MAGIC)) {
          return off;
        }
      }
    }
    return -1;
  }

  private static String varintString(ElfFile elf, long[] cursor) {
    long length = 0;
    int shift = 0;
    while (true) {
      int b = elf.bytesAt(cursor[0]++, 1)[0] & 0xff;
      length |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
      shift += 7;
      if (shift > 35) {
        throw new IllegalArgumentException("Go build info: bad string length");
      }
    }
    byte[] s = elf.bytesAt(cursor[0], length);
    cursor[0] += length;
    return new String(s, StandardCharsets.UTF_8);
  }

  /** A Go string header {data pointer, length} at a virtual address. */
  static String goString(ElfFile elf, long headerAddr, int ptrSize) {
    long headerOff = elf.offsetOf(headerAddr);
    if (headerOff < 0) {
      throw new IllegalArgumentException("Go string header at an unmapped address");
    }
    long dataAddr = elf.pointerAt(headerOff, ptrSize);
    long length = elf.pointerAt(headerOff + ptrSize, ptrSize);
    if (length == 0) {
      return "";
    }
    long dataOff = elf.offsetOf(dataAddr);
    if (dataOff < 0 || length > 1 << 24) {
      throw new IllegalArgumentException("Go string at an unmapped address or too long");
    }
    return new String(elf.bytesAt(dataOff, length), StandardCharsets.UTF_8);
  }

  /** The linker frames modinfo with 16 bytes of sentinel on each side. */
  private static String stripSentinels(String mod) {
    if (mod.length() >= 33 && mod.charAt(mod.length() - 17) == '\n') {
      return mod.substring(16, mod.length() - 16);
    }
    return mod;
  }

  static GoBuildInfo parse(String goVersion, String modinfo) {
    Module main = null;
    List<Module> deps = new ArrayList<>();
    for (String line : modinfo.split("\n")) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "mod" -> main = module(f);
        case "dep" -> deps.add(module(f));
        case "=>" -> {
          Module replacement = module(f);
          if (!deps.isEmpty()) {
            Module last = deps.remove(deps.size() - 1);
            deps.add(new Module(last.path(), last.version(), last.sum(), replacement));
          } else if (main != null) {
            main = new Module(main.path(), main.version(), main.sum(), replacement);
          }
        }
        default -> {
          // path, build settings: not modules
        }
      }
    }
    return new GoBuildInfo(goVersion, main, deps);
  }

  private static Module module(String[] f) {
    return new Module(f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "",
        f.length > 3 ? f[3] : "", null);
  }
}
