package dev.harden.io;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A zip archive (jar, war, egg) held in memory, read from its central directory: entry names,
 * sizes and where each entry's data starts, nothing else. Written by hand rather than with
 * commons-compress's {@code ZipFile}, which also turns every entry's DOS time into a date through
 * a {@code Calendar} and parses every extra field (java-app's sbom: 153 ms in the profile for its six
 * jars' 1,951 entries; bench/zip-directory.sh: 47 µs per entry against 4.2 µs here). The JDK's {@code
 * ZipFile} needs a file on disk, and an archive inside an image is only ever in memory.
 *
 * <p>Every offset and size comes from hostile bytes and is checked before use; a bad archive is an
 * {@link IOException} saying what is wrong. Stored and deflated entries are read; encrypted
 * entries and other methods are refused when opened. Zip64 archives are read, and so are archives
 * with bytes before them (self-extracting and "fully executable" jars), as the JDK reads them.
 */
public final class ZipArchive {

  /** One central directory entry. */
  public record Entry(String name, int method, int flags, long compressedSize, long size,
      long localHeaderOffset) {

    public boolean isDirectory() {
      return name.endsWith("/");
    }
  }

  private static final int EOCD = 0x06054b50;
  private static final int EOCD_SIZE = 22;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int CENTRAL_SIZE = 46;
  private static final int LOCAL = 0x04034b50;
  private static final int LOCAL_SIZE = 30;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final long MASK32 = 0xffffffffL;

  private final byte[] bytes;
  private final List<Entry> entries;
  private final boolean truncated;
  /** Bytes before the archive proper, added to every recorded offset. */
  private final long shift;

  private ZipArchive(byte[] bytes, List<Entry> entries, boolean truncated, long shift) {
    this.bytes = bytes;
    this.entries = entries;
    this.truncated = truncated;
    this.shift = shift;
  }

  /**
   * Reads the central directory of {@code bytes}, at most {@code maxEntries} entries of it.
   *
   * @throws IOException when the bytes are not a zip archive or its directory is corrupt
   */
  public static ZipArchive read(byte[] bytes, int maxEntries) throws IOException {
    int eocd = findEndRecord(bytes);
    long count = u16(bytes, eocd + 10);
    long cdSize = u32(bytes, eocd + 12);
    long cdOffset = u32(bytes, eocd + 16);
    long cdEnd = eocd;
    if (eocd >= 20 && u32(bytes, eocd - 20) == ZIP64_LOCATOR) {
      long z = u64(bytes, eocd - 20 + 8);
      if (z < 0 || z > eocd - 20 - 56 || u32(bytes, (int) z) != ZIP64_EOCD) {
        z = eocd - 20 - 56; // offsets are shifted in a prefixed archive; the record sits right here
      }
      if (z < 0 || u32(bytes, (int) z) != ZIP64_EOCD) {
        throw new IOException("corrupt zip64 end of central directory");
      }
      count = u64(bytes, (int) z + 32);
      cdSize = u64(bytes, (int) z + 40);
      cdOffset = u64(bytes, (int) z + 48);
      cdEnd = z;
    }
    if (cdSize < 0 || cdSize > cdEnd || count < 0) {
      throw new IOException("central directory of " + cdSize + " bytes does not fit the archive");
    }
    long cdStart = cdEnd - cdSize;
    long shift = cdStart - cdOffset;
    if (cdOffset < 0 || shift < 0) {
      throw new IOException("central directory offset " + cdOffset + " is past its end");
    }
    List<Entry> entries = new ArrayList<>((int) Math.min(count, Math.min(maxEntries, 4096)));
    int at = (int) cdStart;
    boolean truncated = false;
    while (at < cdEnd) {
      if (entries.size() == maxEntries) {
        truncated = true;
        break;
      }
      checkRange(bytes, at, CENTRAL_SIZE, "central directory entry");
      if (u32(bytes, at) != CENTRAL) {
        throw new IOException("corrupt central directory at byte " + at);
      }
      int flags = u16(bytes, at + 8);
      int method = u16(bytes, at + 10);
      long compressed = u32(bytes, at + 20);
      long size = u32(bytes, at + 24);
      int nameLength = u16(bytes, at + 28);
      int extraLength = u16(bytes, at + 30);
      int commentLength = u16(bytes, at + 32);
      long local = u32(bytes, at + 42);
      checkRange(bytes, at + CENTRAL_SIZE, (long) nameLength + extraLength + commentLength,
          "central directory entry");
      // UTF-8 whether or not the entry's flag says so, as the JDK and commons-compress read names
      String name = new String(bytes, at + CENTRAL_SIZE, nameLength, StandardCharsets.UTF_8);
      if (size == MASK32 || compressed == MASK32 || local == MASK32) {
        long[] wide = zip64Fields(bytes, at + CENTRAL_SIZE + nameLength, extraLength,
            size == MASK32, compressed == MASK32, local == MASK32);
        size = size == MASK32 ? wide[0] : size;
        compressed = compressed == MASK32 ? wide[1] : compressed;
        local = local == MASK32 ? wide[2] : local;
      }
      entries.add(new Entry(name, method, flags, compressed, size, local));
      at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
    }
    // the order the data lies in, which is the order a streaming reader would see
    entries.sort(Comparator.comparingLong(Entry::localHeaderOffset));
    return new ZipArchive(bytes, List.copyOf(entries), truncated, shift);
  }

  /** The entries in the order their data lies in the archive. */
  public List<Entry> entries() {
    return entries;
  }

  /** The first entry (in data order) with this exact name, if any. */
  public Optional<Entry> entry(String name) {
    for (Entry e : entries) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** True when the directory holds more entries than {@link #read} was allowed to read. */
  public boolean truncated() {
    return truncated;
  }

  /**
   * The entry's content. Bound what you read from it: the declared size is the archive's word.
   *
   * @throws IOException when the entry is encrypted, uses another method, or lies outside the
   *     archive
   */
  public InputStream open(Entry e) throws IOException {
    if ((e.flags() & 1) != 0) {
      throw new IOException(e.name() + ": encrypted entry");
    }
    if (e.method() != STORED && e.method() != DEFLATED) {
      throw new IOException(e.name() + ": compression method " + e.method() + " not supported");
    }
    long local = e.localHeaderOffset() + shift;
    if (local < 0 || local > bytes.length - LOCAL_SIZE || u32(bytes, (int) local) != LOCAL) {
      throw new IOException(e.name() + ": no local header at byte " + local);
    }
    long data = local + LOCAL_SIZE + u16(bytes, (int) local + 26) + u16(bytes, (int) local + 28);
    if (e.compressedSize() < 0 || data + e.compressedSize() > bytes.length) {
      throw new IOException(e.name() + ": data of " + e.compressedSize()
          + " bytes runs past the end of the archive");
    }
    InputStream raw = new ByteArrayInputStream(bytes, (int) data, (int) e.compressedSize());
    return e.method() == STORED ? raw : new Inflating(raw, e.name());
  }

  private static int findEndRecord(byte[] b) throws IOException {
    int lowest = Math.max(0, b.length - EOCD_SIZE - 0xffff);
    for (int at = b.length - EOCD_SIZE; at >= lowest; at--) {
      if (b[at] == 0x50 && u32(b, at) == EOCD && at + EOCD_SIZE + u16(b, at + 20) <= b.length) {
        return at;
      }
    }
    throw new IOException("not a zip archive (no end of central directory record)");
  }

  /** The zip64 extra field's values, in its order: size, compressed size, local header offset. */
  private static long[] zip64Fields(byte[] b, int at, int length, boolean size, boolean compressed,
      boolean local) throws IOException {
    int end = at + length;
    while (at + 4 <= end) {
      int id = u16(b, at);
      int n = u16(b, at + 2);
      if (at + 4 + n > end) {
        break;
      }
      if (id == 0x0001) {
        long[] out = new long[3];
        int p = at + 4;
        boolean[] present = {size, compressed, local};
        for (int i = 0; i < 3; i++) {
          if (present[i]) {
            if (p + 8 > at + 4 + n) {
              throw new IOException("zip64 extra field too short");
            }
            out[i] = u64(b, p);
            if (out[i] < 0) {
              throw new IOException("zip64 size or offset out of range");
            }
            p += 8;
          }
        }
        return out;
      }
      at += 4 + n;
    }
    throw new IOException("zip64 entry without its zip64 extra field");
  }

  private static void checkRange(byte[] b, long at, long length, String what)
      throws IOException {
    if (at < 0 || length < 0 || at + length > b.length) {
      throw new EOFException("truncated zip archive (" + what + " at byte " + at + ")");
    }
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & MASK32;
  }

  private static long u64(byte[] b, int at) {
    return u32(b, at) | u32(b, at + 4) << 32;
  }

  /**
   * Raw deflate, ending its inflater on close. Like the JDK's own zip reader, it gives zlib one
   * extra zero byte after the data: raw inflate may ask for input beyond the last block.
   */
  private static final class Inflating extends InflaterInputStream {
    private final String name;
    private boolean padded;

    Inflating(InputStream raw, String name) {
      super(raw, new Inflater(true), 8192);
      this.name = name;
    }

    @Override
    protected void fill() throws IOException {
      len = in.read(buf, 0, buf.length);
      if (len == -1) {
        if (padded) {
          throw new EOFException(name + ": deflated data ends early");
        }
        padded = true;
        buf[0] = 0;
        len = 1;
      }
      inf.setInput(buf, 0, len);
    }

    @Override
    public void close() throws IOException {
      inf.end();
      super.close();
    }
  }
}
