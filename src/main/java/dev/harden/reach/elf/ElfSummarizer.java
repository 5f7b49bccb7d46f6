package dev.harden.reach.elf;

import dev.harden.image.fs.ContentSummarizer;
import dev.harden.image.fs.FileEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a shared object's {@link ElfSummary} while its layer streams, so the image reader keeps
 * a few hundred bytes per library instead of the library (node-app's 400 libraries hold 128 MB).
 * The stream is read forward once: the header and program headers come first; then the bytes the
 * dynamic loader needs are captured as they pass: the interpreter, the first loaded segment up to
 * the dynamic section (GNU ld, gold and lld all put {@code .dynsym} and {@code .dynstr} there,
 * right after the headers), the dynamic section, and the string table when it comes later. The usual {@link ElfReader} then runs over the
 * captured ranges; a file laid out so that what it needs was not captured gets a problem, as a
 * corrupt one does.
 */
public final class ElfSummarizer implements ContentSummarizer {

  /**
   * Captured bytes per file at most (libnode's first segment, the largest in the fixtures, is
   * 9 MB; its string table ends at 7 MB).
   */
  static final long MAX_CAPTURE = 32L << 20;
  /** Program headers further than this into the file are not waited for. */
  static final long MAX_HEADER_OFFSET = 1L << 20;

  /** What the summariser kept: a summary, or the problem reading it. */
  public record Scan(ElfSummary summary, String problem) {}

  public static final ElfSummarizer INSTANCE = new ElfSummarizer();

  private ElfSummarizer() {}

  @Override
  public boolean wants(FileEntry entry) {
    String name = entry.name();
    return entry.size() >= 52 && (name.contains(".so") || name.endsWith(".node"));
  }

  @Override
  public Object summarize(FileEntry entry, InputStream content) throws IOException {
    Capture cap = new Capture(content, entry.size());
    byte[] ident = cap.take(0, (int) Math.min(64, entry.size()));
    if (ident == null || !ElfReader.isElf(ident)) {
      return null;
    }
    try {
      plan(cap, ident);
      return new Scan(readWithRetries(cap), null);
    } catch (ElfFormatException e) {
      return new Scan(null, e.getMessage());
    } catch (Capture.Missing e) {
      return new Scan(null, "the loader's data is not where linkers put it (" + e.getMessage()
          + "); not summarised");
    }
  }

  /** Captures header, program headers and the ranges the dynamic loader reads. */
  private static void plan(Capture cap, byte[] ident) throws IOException, ElfFormatException {
    boolean is64 = ident[4] == 2;
    boolean big = ident[5] == 2;
    if ((ident[4] != 1 && ident[4] != 2) || (ident[5] != 1 && ident[5] != 2)) {
      throw new ElfFormatException("unknown ELF class or byte order");
    }
    byte[] header = cap.take(0, is64 ? 64 : 52);
    if (header == null) {
      throw new ElfFormatException("too short for an ELF header");
    }
    long phoff = is64 ? u64(header, 32, big) : u32(header, 28, big);
    int phentsize = u16(header, is64 ? 54 : 42, big);
    int phnum = u16(header, is64 ? 56 : 44, big);
    if (phnum == 0) {
      return;
    }
    if (phentsize != (is64 ? 56 : 32) || phnum > ElfReader.MAX_PROGRAM_HEADERS || phoff < 0
        || phoff > MAX_HEADER_OFFSET) {
      throw new ElfFormatException("unusable program headers");
    }
    byte[] table = cap.take(phoff, phnum * phentsize);
    if (table == null) {
      throw new ElfFormatException("program headers leave the file");
    }
    long dynamic = -1;
    long dynamicSize = 0;
    long[] firstLoad = null;
    List<long[]> ranges = new ArrayList<>();
    for (int i = 0; i < phnum; i++) {
      int at = i * phentsize;
      long type = u32(table, at, big);
      long offset = is64 ? u64(table, at + 8, big) : u32(table, at + 4, big);
      long size = is64 ? u64(table, at + 32, big) : u32(table, at + 16, big);
      if (offset < 0 || size < 0) {
        continue;
      }
      if (type == ElfReader.PT_INTERP) {
        ranges.add(new long[] {offset, Math.min(size, ElfReader.MAX_STRING)});
      } else if (type == ElfReader.PT_DYNAMIC && dynamic < 0) {
        dynamic = offset;
        dynamicSize = Math.min(size, ElfReader.MAX_DYNAMIC_BYTES);
      } else if (type == ElfReader.PT_LOAD && (firstLoad == null || offset < firstLoad[0])) {
        firstLoad = new long[] {offset, size};
      }
    }
    if (firstLoad != null) {
      ranges.add(firstLoad);
    }
    long budget = MAX_CAPTURE;
    for (long[] r : ranges) {
      long end = dynamic < 0 ? r[0] + r[1] : Math.min(r[0] + r[1], dynamic);
      end = Math.min(end, r[0] + budget);
      if (r[0] < end) {
        cap.mark(r[0], end - r[0]);
        budget -= end - r[0];
      }
    }
    if (dynamic >= 0) {
      cap.mark(dynamic, dynamicSize);
    }
    cap.captureMarked();
  }

  /**
   * Runs the reader; when it needs bytes still ahead in the stream (a string table after the
   * dynamic section) captures them and runs it again.
   */
  private static ElfSummary readWithRetries(Capture cap) throws IOException, ElfFormatException {
    for (int attempt = 0; attempt < 8; attempt++) {
      try {
        return ElfReader.read(cap);
      } catch (Capture.Missing m) {
        if (m.offset < cap.position || cap.captured + m.length > MAX_CAPTURE) {
          throw m;
        }
        long length = Math.max(m.length, Math.min(cap.size - m.offset, 8L << 20));
        cap.mark(m.offset, Math.min(length, MAX_CAPTURE - cap.captured));
        cap.captureMarked();
      }
    }
    throw new ElfFormatException("string table not captured");
  }

  private static int u16(byte[] b, int at, boolean big) {
    int x = b[at] & 0xff;
    int y = b[at + 1] & 0xff;
    return big ? (x << 8) | y : (y << 8) | x;
  }

  private static long u32(byte[] b, int at, boolean big) {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v |= (long) (b[at + i] & 0xff) << (big ? (3 - i) * 8 : i * 8);
    }
    return v;
  }

  private static long u64(byte[] b, int at, boolean big) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v |= (long) (b[at + i] & 0xff) << (big ? (7 - i) * 8 : i * 8);
    }
    return v;
  }

  /**
   * A forward-only stream that keeps the byte ranges asked for as it passes them, and answers
   * {@link ByteSource} reads from what it kept.
   */
  private static final class Capture implements ByteSource {
    /** A read outside the captured ranges. */
    static final class Missing extends IOException {
      private static final long serialVersionUID = 1L;
      final long offset;
      final long length;

      Missing(long offset, long length) {
        super("bytes " + offset + "+" + length + " were not captured");
        this.offset = offset;
        this.length = length;
      }
    }

    private final InputStream in;
    private final long size;
    private final TreeMap<Long, byte[]> kept = new TreeMap<>();
    private final TreeMap<Long, Long> marked = new TreeMap<>();
    private long position;
    private long captured;
    private byte[] skipBuffer;

    Capture(InputStream in, long size) {
      this.in = in;
      this.size = size;
    }

    /** Reads {@code [offset, offset+length)} now (it must be at or after the position). */
    byte[] take(long offset, int length) throws IOException {
      if (offset + length > size) {
        return null;
      }
      byte[] have = lookup(offset, length);
      if (have != null) {
        return have;
      }
      if (offset < position) {
        return null;
      }
      skipTo(offset);
      byte[] bytes = in.readNBytes(length);
      position += bytes.length;
      if (bytes.length != length) {
        throw new IOException("entry ended early at " + position);
      }
      kept.put(offset, bytes);
      captured += length;
      return bytes;
    }

    void mark(long offset, long length) {
      if (length > 0 && offset < size) {
        marked.merge(offset, Math.min(length, size - offset), Math::max);
      }
    }

    /** Streams forward through every marked range at or after the position, keeping it. */
    void captureMarked() throws IOException {
      for (Map.Entry<Long, Long> m : marked.entrySet()) {
        long start = Math.max(m.getKey(), position);
        long end = m.getKey() + m.getValue();
        while (start < end) {
          int chunk = (int) Math.min(end - start, 1 << 20);
          if (lookup(start, chunk) == null) {
            skipTo(start);
            byte[] bytes = in.readNBytes(chunk);
            if (bytes.length != chunk) {
              throw new IOException("entry ended early at " + (position + bytes.length));
            }
            position += chunk;
            kept.put(start, bytes);
            captured += chunk;
          }
          start += chunk;
        }
      }
      marked.clear();
    }

    /** Reads (not skips) forward: the bytes must pass the layer's digest anyway. */
    private void skipTo(long offset) throws IOException {
      if (position >= offset) {
        return;
      }
      if (skipBuffer == null) {
        skipBuffer = new byte[64 * 1024];
      }
      while (position < offset) {
        int n = in.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, offset - position));
        if (n < 0) {
          throw new IOException("entry ended early at " + position);
        }
        position += n;
      }
    }

    /** The bytes at {@code [offset, offset+length)} from kept chunks, or null. */
    private byte[] lookup(long offset, long length) {
      byte[] out = new byte[(int) length];
      long at = offset;
      long end = offset + length;
      while (at < end) {
        Map.Entry<Long, byte[]> e = kept.floorEntry(at);
        if (e == null || e.getKey() + e.getValue().length <= at) {
          return null;
        }
        int from = (int) (at - e.getKey());
        int n = (int) Math.min(e.getValue().length - from, end - at);
        System.arraycopy(e.getValue(), from, out, (int) (at - offset), n);
        at += n;
      }
      return out;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public byte[] read(long offset, int length) throws IOException {
      if (offset < 0 || length < 0 || offset > size || size - offset < length) {
        throw new IOException("range " + offset + "+" + length + " outside the file");
      }
      byte[] b = lookup(offset, length);
      if (b == null) {
        throw new Missing(offset, length);
      }
      return b;
    }
  }
}
