package dev.harden.catalog.golang;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an ELF image the Go build-info reader needs: sections by name, loadable segments
 * for address translation, and the symbol table. Every offset is checked against the buffer, so a
 * truncated or hostile file fails with {@link IllegalArgumentException}, never an out-of-bounds
 * read.
 */
final class ElfFile {

  record Section(String name, int type, long flags, long addr, long offset, long size, int link) {}

  record Segment(int type, int flags, long offset, long vaddr, long fileSize) {}

  static final int PT_LOAD = 1;
  static final int PF_W = 2;
  static final int SHT_SYMTAB = 2;

  private final ByteBuffer buf;
  private final boolean is64;
  private final List<Section> sections = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();

  private ElfFile(ByteBuffer buf, boolean is64) {
    this.buf = buf;
    this.is64 = is64;
  }

  static boolean isElf(byte[] b) {
    return b.length >= 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F';
  }

  static ElfFile parse(byte[] bytes) {
    return parse(bytes, bytes.length);
  }

  /** The file held in the first {@code length} bytes of {@code bytes} (a reused buffer). */
  static ElfFile parse(byte[] bytes, int length) {
    if (!isElf(bytes) || length < 52) {
      throw new IllegalArgumentException("not an ELF file");
    }
    int cls = bytes[4];
    int data = bytes[5];
    if ((cls != 1 && cls != 2) || (data != 1 && data != 2)) {
      throw new IllegalArgumentException("unknown ELF class or byte order");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes, 0, length).slice()
        .order(data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    ElfFile elf = new ElfFile(buf, cls == 2);
    elf.readHeaders();
    return elf;
  }

  boolean is64() {
    return is64;
  }

  ByteOrder order() {
    return buf.order();
  }

  private void readHeaders() {
    long phoff = is64 ? u64(32) : u32(28);
    long shoff = is64 ? u64(40) : u32(32);
    int phentsize = u16(is64 ? 54 : 42);
    int phnum = u16(is64 ? 56 : 44);
    int shentsize = u16(is64 ? 58 : 46);
    int shnum = u16(is64 ? 60 : 48);
    int shstrndx = u16(is64 ? 62 : 50);
    for (int i = 0; i < phnum && phoff > 0; i++) {
      int at = checked(phoff + (long) i * phentsize, is64 ? 56 : 32);
      if (is64) {
        segments.add(new Segment(u32i(at), u32i(at + 4), u64(at + 8), u64(at + 16), u64(at + 32)));
      } else {
        segments.add(new Segment(u32i(at), u32i(at + 24), u32(at + 4), u32(at + 8), u32(at + 16)));
      }
    }
    List<long[]> raw = new ArrayList<>();
    for (int i = 0; i < shnum && shoff > 0; i++) {
      int at = checked(shoff + (long) i * shentsize, is64 ? 64 : 40);
      if (is64) {
        raw.add(new long[] {u32(at), u32(at + 4), u64(at + 8), u64(at + 16), u64(at + 24),
            u64(at + 32), u32(at + 40)});
      } else {
        raw.add(new long[] {u32(at), u32(at + 4), u32(at + 8), u32(at + 12), u32(at + 16),
            u32(at + 20), u32(at + 24)});
      }
    }
    long[] strtab = shstrndx < raw.size() ? raw.get(shstrndx) : null;
    for (long[] s : raw) {
      String name = strtab == null ? "" : cString(strtab[4] + s[0], strtab[4] + strtab[5]);
      sections.add(new Section(name, (int) s[1], s[2], s[3], s[4], s[5], (int) s[6]));
    }
  }

  Optional<Section> section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  boolean hasSections() {
    return !sections.isEmpty();
  }

  List<Segment> segments() {
    return segments;
  }

  int size() {
    return buf.capacity();
  }

  /** {@code length} bytes at a file offset. */
  byte[] bytesAt(long offset, long length) {
    int at = checked(offset, length);
    byte[] out = new byte[(int) length];
    buf.get(at, out);
    return out;
  }

  /** The file offset of a virtual address, through the loadable segments; -1 when unmapped. */
  long offsetOf(long vaddr) {
    for (Segment s : segments) {
      if (s.type() == PT_LOAD && vaddr >= s.vaddr() && vaddr < s.vaddr() + s.fileSize()) {
        return s.offset() + (vaddr - s.vaddr());
      }
    }
    for (Section s : sections) {
      if (s.addr() != 0 && s.type() != 8 /* NOBITS */ && vaddr >= s.addr()
          && vaddr < s.addr() + s.size()) {
        return s.offset() + (vaddr - s.addr());
      }
    }
    return -1;
  }

  /** A pointer-sized value at a file offset. */
  long pointerAt(long offset, int ptrSize) {
    return ptrSize == 8 ? u64(checked(offset, 8)) : u32(checked(offset, 4));
  }

  /** The value of a symbol in .symtab, if the binary keeps one. */
  Optional<Long> symbol(String wanted) {
    Optional<Section> symtab = sections.stream().filter(s -> s.type() == SHT_SYMTAB).findFirst();
    if (symtab.isEmpty() || symtab.get().link() >= sections.size()) {
      return Optional.empty();
    }
    Section strtab = sections.get(symtab.get().link());
    int entSize = is64 ? 24 : 16;
    long count = symtab.get().size() / entSize;
    for (long i = 0; i < count; i++) {
      int at = checked(symtab.get().offset() + i * entSize, entSize);
      long nameOff = u32(at);
      String name = cString(strtab.offset() + nameOff, strtab.offset() + strtab.size());
      if (name.equals(wanted)) {
        return Optional.of(is64 ? u64(at + 8) : u32(at + 4));
      }
    }
    return Optional.empty();
  }

  private String cString(long start, long limit) {
    long max = Math.min(limit, buf.capacity());
    // offsets come from the file: a section offset near 2^64 wraps the sum to a negative start
    if (start < 0 || start >= max) {
      return "";
    }
    long end = start;
    while (end < max && buf.get((int) end) != 0) {
      end++;
    }
    return new String(bytesAt(start, end - start), StandardCharsets.UTF_8);
  }

  private int checked(long offset, long length) {
    if (offset < 0 || length < 0 || offset + length > buf.capacity()) {
      throw new IllegalArgumentException("ELF offset " + offset + "+" + length + " outside the file");
    }
    return (int) offset;
  }

  private int u16(int at) {
    checked(at, 2);
    return buf.getShort(at) & 0xffff;
  }

  private long u32(long at) {
    return buf.getInt(checked(at, 4)) & 0xffffffffL;
  }

  private int u32i(int at) {
    return buf.getInt(checked(at, 4));
  }

  private long u64(long at) {
    return buf.getLong(checked(at, 8));
  }
}
