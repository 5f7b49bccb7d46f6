package dev.harden.reach.elf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the loader-relevant parts of an ELF file (32/64-bit, either byte order): the header, the
 * program headers, {@code PT_INTERP} and the dynamic section with the strings it names. Every
 * offset, size and count is checked against the file before it is used, so a hostile file gives
 * an {@link ElfFormatException} naming what is wrong, never a runtime exception.
 *
 * <p>Hand-written on purpose: the libraries that read ELF on the JVM either load the whole file or
 * parse every section; the loader needs five small ranges of it.
 */
public final class ElfReader {

  static final int PT_LOAD = 1;
  static final int PT_DYNAMIC = 2;
  static final int PT_INTERP = 3;
  static final long DT_NULL = 0;
  static final long DT_NEEDED = 1;
  static final long DT_STRTAB = 5;
  static final long DT_STRSZ = 10;
  static final long DT_SONAME = 14;
  static final long DT_RPATH = 15;
  static final long DT_RUNPATH = 29;

  /** More program headers than any real file has (glibc's own limit is far lower in practice). */
  static final int MAX_PROGRAM_HEADERS = 4096;
  static final int MAX_DYNAMIC_BYTES = 1 << 20;
  static final int MAX_STRING = 4096;
  static final long MAX_STRTAB_SCAN = 64L << 20;
  private static final int SCAN_CHUNK = 64 << 10;
  private static final byte[] DLOPEN = "dlopen".getBytes(StandardCharsets.US_ASCII);

  private ElfReader() {}

  /** True when these bytes start with the ELF magic. */
  public static boolean isElf(byte[] head) {
    return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L'
        && head[3] == 'F';
  }

  public static ElfSummary read(ByteSource file) throws ElfFormatException, IOException {
    if (file.size() < 52) {
      throw new ElfFormatException("too short for an ELF header (" + file.size() + " bytes)");
    }
    byte[] ident = file.read(0, 16);
    if (!isElf(ident)) {
      throw new ElfFormatException("no ELF magic");
    }
    if (ident[4] != 1 && ident[4] != 2) {
      throw new ElfFormatException("unknown ELF class " + ident[4]);
    }
    if (ident[5] != 1 && ident[5] != 2) {
      throw new ElfFormatException("unknown ELF byte order " + ident[5]);
    }
    boolean is64 = ident[4] == 2;
    Fields f = new Fields(ident[5] == 2, is64);
    byte[] header = file.read(0, is64 ? 64 : 52);
    int type = f.u16(header, 16);
    int machine = f.u16(header, 18);
    long phoff = is64 ? f.u64(header, 32) : f.u32(header, 28);
    int phentsize = f.u16(header, is64 ? 54 : 42);
    int phnum = f.u16(header, is64 ? 56 : 44);
    int expected = is64 ? 56 : 32;
    if (phnum > 0 && phentsize != expected) {
      throw new ElfFormatException("program header size " + phentsize + ", expected " + expected);
    }
    if (phnum > MAX_PROGRAM_HEADERS) {
      throw new ElfFormatException(phnum + " program headers (limit " + MAX_PROGRAM_HEADERS + ")");
    }
    List<Segment> segments = readSegments(file, f, phoff, phnum);
    String interpreter = null;
    Segment dynamic = null;
    for (Segment s : segments) {
      if (s.type == PT_INTERP && interpreter == null) {
        interpreter = readInterpreter(file, s);
      } else if (s.type == PT_DYNAMIC && dynamic == null) {
        dynamic = s;
      }
    }
    if (dynamic == null) {
      return new ElfSummary(is64 ? 64 : 32, f.big, machine, type, interpreter, false, List.of(),
          List.of(), List.of(), null, false);
    }
    return readDynamic(file, f, segments, dynamic, type, machine, interpreter);
  }

  private static List<Segment> readSegments(ByteSource file, Fields f, long phoff, int phnum)
      throws ElfFormatException, IOException {
    int size = f.is64 ? 56 : 32;
    long bytes = (long) phnum * size;
    if (phoff < 0 || phoff > file.size() || file.size() - phoff < bytes) {
      throw new ElfFormatException("program headers at " + phoff + " leave the file");
    }
    byte[] table = file.read(phoff, (int) bytes);
    List<Segment> segments = new ArrayList<>(phnum);
    for (int i = 0; i < phnum; i++) {
      int at = i * size;
      if (f.is64) {
        segments.add(new Segment((int) f.u32(table, at), f.u64(table, at + 8),
            f.u64(table, at + 16), f.u64(table, at + 32)));
      } else {
        segments.add(new Segment((int) f.u32(table, at), f.u32(table, at + 4),
            f.u32(table, at + 8), f.u32(table, at + 16)));
      }
    }
    return segments;
  }

  private static String readInterpreter(ByteSource file, Segment s)
      throws ElfFormatException, IOException {
    if (s.fileSize <= 0 || s.fileSize > MAX_STRING) {
      throw new ElfFormatException("PT_INTERP of " + s.fileSize + " bytes");
    }
    checkRange(file, s.offset, s.fileSize, "PT_INTERP");
    byte[] bytes = file.read(s.offset, (int) s.fileSize);
    int end = 0;
    while (end < bytes.length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  private static ElfSummary readDynamic(ByteSource file, Fields f, List<Segment> segments,
      Segment dynamic, int type, int machine, String interpreter)
      throws ElfFormatException, IOException {
    int entrySize = f.is64 ? 16 : 8;
    long length = Math.min(dynamic.fileSize, MAX_DYNAMIC_BYTES);
    if (length < 0) {
      throw new ElfFormatException("PT_DYNAMIC of negative size");
    }
    length -= length % entrySize;
    checkRange(file, dynamic.offset, length, "PT_DYNAMIC");
    byte[] table = file.read(dynamic.offset, (int) length);
    List<Long> needed = new ArrayList<>();
    List<Long> runpath = new ArrayList<>();
    List<Long> rpath = new ArrayList<>();
    long soname = -1;
    long strtab = -1;
    long strsz = -1;
    for (int at = 0; at + entrySize <= table.length; at += entrySize) {
      long tag = f.is64 ? f.u64(table, at) : f.u32(table, at);
      long value = f.is64 ? f.u64(table, at + 8) : f.u32(table, at + 4);
      if (tag == DT_NULL) {
        break;
      }
      if (tag == DT_NEEDED) {
        needed.add(value);
      } else if (tag == DT_RUNPATH) {
        runpath.add(value);
      } else if (tag == DT_RPATH) {
        rpath.add(value);
      } else if (tag == DT_SONAME) {
        soname = value;
      } else if (tag == DT_STRTAB) {
        strtab = value;
      } else if (tag == DT_STRSZ) {
        strsz = value;
      }
    }
    boolean hasStrings = !needed.isEmpty() || !runpath.isEmpty() || !rpath.isEmpty()
        || soname >= 0;
    if (strtab < 0) {
      if (hasStrings) {
        throw new ElfFormatException("dynamic section names strings but has no DT_STRTAB");
      }
      return new ElfSummary(f.is64 ? 64 : 32, f.big, machine, type, interpreter, true, List.of(),
          List.of(), List.of(), null, false);
    }
    long strOffset = toOffset(segments, strtab);
    long available = file.size() - strOffset;
    long tableSize = strsz < 0 ? available : Math.min(strsz, available);
    Strings strings = new Strings(file, strOffset, tableSize);
    return new ElfSummary(f.is64 ? 64 : 32, f.big, machine, type, interpreter, true,
        strings.all(needed), splitPaths(strings.all(runpath)), splitPaths(strings.all(rpath)),
        soname < 0 ? null : strings.at(soname), strings.contains(DLOPEN));
  }

  /** Maps a virtual address to a file offset through the PT_LOAD segment that holds it. */
  private static long toOffset(List<Segment> segments, long vaddr) throws ElfFormatException {
    if (vaddr < 0) {
      throw new ElfFormatException("DT_STRTAB address out of range");
    }
    for (Segment s : segments) {
      if (s.type == PT_LOAD && s.vaddr >= 0 && s.fileSize >= 0 && vaddr >= s.vaddr
          && vaddr - s.vaddr < s.fileSize) {
        long offset = s.offset + (vaddr - s.vaddr);
        if (s.offset < 0 || offset < 0) {
          break;
        }
        return offset;
      }
    }
    throw new ElfFormatException("DT_STRTAB 0x" + Long.toHexString(vaddr)
        + " is in no loaded segment");
  }

  private static List<String> splitPaths(List<String> values) {
    List<String> dirs = new ArrayList<>();
    for (String v : values) {
      for (String d : v.split(":")) {
        if (!d.isEmpty()) {
          dirs.add(d);
        }
      }
    }
    return dirs;
  }

  private static void checkRange(ByteSource file, long offset, long length, String what)
      throws ElfFormatException {
    if (offset < 0 || length < 0 || offset > file.size() || file.size() - offset < length) {
      throw new ElfFormatException(what + " at " + offset + "+" + length + " leaves the file ("
          + file.size() + " bytes)");
    }
  }

  private record Segment(int type, long offset, long vaddr, long fileSize) {}

  /** The dynamic string table: single strings by offset, and a bounded scan for one name. */
  private record Strings(ByteSource file, long offset, long size) {

    List<String> all(List<Long> offsets) throws ElfFormatException, IOException {
      List<String> values = new ArrayList<>(offsets.size());
      for (long o : offsets) {
        values.add(at(o));
      }
      return values;
    }

    String at(long index) throws ElfFormatException, IOException {
      if (index < 0 || index >= size) {
        throw new ElfFormatException("string offset " + index + " outside the string table ("
            + size + " bytes)");
      }
      int length = (int) Math.min(MAX_STRING, size - index);
      byte[] bytes = file.read(offset + index, length);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          return new String(bytes, 0, i, StandardCharsets.UTF_8);
        }
      }
      throw new ElfFormatException("unterminated string at " + index + " of the string table");
    }

    /** True when {@code name} appears as a whole NUL-delimited string. */
    boolean contains(byte[] name) throws IOException {
      long limit = Math.min(size, MAX_STRTAB_SCAN);
      byte previous = 0;
      int matched = -1; // bytes of name matched so far after a NUL, -1 when not in a candidate
      for (long at = 0; at < limit; at += SCAN_CHUNK) {
        byte[] chunk = file.read(offset + at, (int) Math.min(SCAN_CHUNK, limit - at));
        for (byte b : chunk) {
          if (matched == name.length && b == 0) {
            return true;
          }
          if (matched >= 0 && matched < name.length && b == name[matched]) {
            matched++;
          } else {
            matched = (b == name[0] && previous == 0) ? 1 : -1;
          }
          previous = b;
        }
      }
      return false;
    }
  }

  /** Reads fixed-size fields in the file's byte order. */
  private record Fields(boolean big, boolean is64) {

    int u16(byte[] b, int at) {
      int x = b[at] & 0xff;
      int y = b[at + 1] & 0xff;
      return big ? (x << 8) | y : (y << 8) | x;
    }

    long u32(byte[] b, int at) {
      long v = 0;
      for (int i = 0; i < 4; i++) {
        int shift = big ? (3 - i) * 8 : i * 8;
        v |= (long) (b[at + i] & 0xff) << shift;
      }
      return v;
    }

    /** Unsigned 64-bit; values above {@link Long#MAX_VALUE} come back negative (always invalid). */
    long u64(byte[] b, int at) {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        int shift = big ? (7 - i) * 8 : i * 8;
        v |= (long) (b[at + i] & 0xff) << shift;
      }
      return v;
    }
  }
}
