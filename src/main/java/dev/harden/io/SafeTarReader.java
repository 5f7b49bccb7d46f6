package dev.harden.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The only way the tool reads a tar (layers, docker-archives, OCI layout tars). It parses the
 * headers itself (ustar, GNU long names, PAX records; the fields of one block are
 * {@link TarHeader}'s) and judges them: names are normalised
 * ({@link TarPaths}), names and hard-link targets that leave the root are marked unusable with a
 * problem note, over-long names are refused, the number of entries is charged to a {@link Budget},
 * and the bytes the headers of one entry may occupy (PAX records, GNU long names) are capped so a
 * hostile header cannot fill memory. Nothing is ever written anywhere: the caller decides what to
 * keep.
 *
 * <p>Written by hand rather than on commons-compress's {@code TarArchiveInputStream}, which
 * allocated two 8 KiB buffers per entry to skip padding (100 MB of garbage for a 6,000-entry
 * image, with the page faults and collections that come with it), parsed every field of every
 * header, and could only skip content by reading it (a docker-archive's index read all its layers
 * once more). Sparse files (GNU type {@code S}, PAX {@code GNU.sparse.*}), which container tools do
 * not write, are reported as unsupported entries and skipped.
 */
public final class SafeTarReader implements Closeable {

  /** Room for PAX records and GNU long names of one entry; real ones are a few KiB. */
  public static final int MAX_HEADER_BYTES = 1 << 20;

  private static final int BLOCK = TarHeader.SIZE;

  private final InputStream in;
  private final Budget entries;
  private final int maxPathLength;
  private final String source;
  private final boolean readSkipped;
  private final TarHeader header;
  private final Map<String, String> globalPax = new HashMap<>();
  private byte[] skipBuffer;
  /** Bytes read so far: where a header starts, for errors. */
  private long offset;
  /** Content bytes of the current entry not yet read, then the padding to the next block. */
  private long remaining;
  private long padding;
  private boolean ended;

  /**
   * A reader that reads (never skips) the content nobody asks for, so that every byte passes the
   * digest the caller computes.
   *
   * @param in the plain (decompressed) tar bytes
   * @param entries charged one per header read
   * @param maxPathLength longest accepted name, in characters
   * @param source names the tar in errors and notes
   */
  public SafeTarReader(InputStream in, Budget entries, int maxPathLength, String source) {
    this(in, entries, maxPathLength, source, true);
  }

  /**
   * @param readSkipped false when content nobody asks for may be skipped with
   *     {@link InputStream#skip} (a file read at random, whose entries are digested when read)
   */
  public SafeTarReader(InputStream in, Budget entries, int maxPathLength, String source,
      boolean readSkipped) {
    this.in = in;
    this.entries = entries;
    this.maxPathLength = maxPathLength;
    this.source = source;
    this.readSkipped = readSkipped;
    this.header = new TarHeader(source);
  }

  /** The next header, or null after the end-of-archive marker (or the end of the bytes). */
  public TarEntry next() throws IOException {
    if (ended) {
      return null;
    }
    discard(remaining + padding);
    remaining = 0;
    padding = 0;
    String longName = null;
    String longLink = null;
    Map<String, String> pax = null;
    long headerBytes = 0;
    while (true) {
      if (!readBlock()) {
        ended = true;
        return null;
      }
      if (header.isZero()) {
        ended = true; // the rest (a second zero block, padding) is the caller's to drain
        return null;
      }
      header.checkChecksum();
      char type = header.type();
      long size = header.number(124, 12, "size");
      if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
        headerBytes += BLOCK + size;
        if (headerBytes > MAX_HEADER_BYTES) {
          throw new LimitExceededException(source + ": a tar header holds more than "
              + Sizes.human(MAX_HEADER_BYTES) + " of PAX records or long names");
        }
        byte[] data = readContent((int) size);
        switch (type) {
          case 'L' -> longName = TarHeader.text(data, 0, data.length);
          case 'K' -> longLink = TarHeader.text(data, 0, data.length);
          case 'x' -> pax = header.paxRecords(data);
          default -> globalPax.putAll(header.paxRecords(data));
        }
        continue;
      }
      entries.charge(1, source);
      return entry(type, size, longName, longLink, pax);
    }
  }

  /** The current entry's content; read it before the next call to {@link #next}. */
  public InputStream content() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (remaining <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
          throw new EOFException(source + ": truncated tar (an entry's content ends early)");
        }
        remaining -= n;
        offset += n;
        return n;
      }

      @Override
      public void close() {
        // the tar stream stays open for the next entry
      }
    };
  }

  private TarEntry entry(char type, long headerSize, String longName, String longLink,
      Map<String, String> pax) throws IOException {
    Map<String, String> records = pax;
    if (!globalPax.isEmpty()) {
      records = new HashMap<>(globalPax);
      if (pax != null) {
        records.putAll(pax);
      }
    }
    String raw = longName != null ? longName : header.name();
    String link = longLink != null ? longLink : header.linkName();
    long size = headerSize;
    long uid = header.number(108, 8, "uid");
    long gid = header.number(116, 8, "gid");
    boolean sparse = type == 'S';
    if (records != null) {
      raw = records.getOrDefault("path", raw);
      link = records.getOrDefault("linkpath", link);
      size = header.paxNumber(records, "size", size);
      uid = header.paxNumber(records, "uid", uid);
      gid = header.paxNumber(records, "gid", gid);
      for (String key : records.keySet()) {
        sparse |= key.startsWith("GNU.sparse.");
      }
    }
    if (type == 'S' && header.bytes[482] != 0) {
      skipSparseExtensions();
    }
    TarEntry.Kind kind = sparse ? TarEntry.Kind.OTHER : kindOf(type, raw);
    // a directory's size field is ignored: what follows its header is the next header
    remaining = kind == TarEntry.Kind.DIRECTORY ? 0 : size;
    padding = (BLOCK - remaining % BLOCK) % BLOCK;
    int mode = (int) header.number(100, 8, "mode") & 07777;
    return judge(raw, kind, sparse ? 'S' : type, size, mode, uid, gid, link);
  }

  private TarEntry judge(String raw, TarEntry.Kind kind, char type, long size, int mode, long uid,
      long gid, String rawLink) {
    String problem = null;
    String path = TarPaths.normalize(raw);
    if (raw.length() > maxPathLength) {
      path = null;
      problem = "name longer than " + maxPathLength + " characters (limit maxPathLength)";
    } else if (path == null) {
      problem = "path traversal: the name leaves the image root";
    } else if (raw.startsWith("/")) {
      problem = "absolute name, read relative to the image root";
    }
    String link = null;
    if (kind == TarEntry.Kind.SYMLINK) {
      link = rawLink;
      if (link.length() > maxPathLength || link.indexOf('\0') >= 0) {
        path = null;
        problem = "symlink target longer than " + maxPathLength + " characters";
      } else if (path != null && escapes(path, link)) {
        problem = "symlink target leaves the image root; resolved inside it";
      }
    } else if (kind == TarEntry.Kind.HARDLINK) {
      link = rawLink.length() > maxPathLength ? null : TarPaths.normalize(rawLink);
      if (link == null) {
        problem = "hard link target leaves the image root";
      }
    } else if (kind == TarEntry.Kind.OTHER) {
      problem = type == 'S' ? "sparse file (not supported); skipped"
          : "unsupported tar entry type '" + printable(type) + "'";
    }
    return new TarEntry(path, raw, kind, kind == TarEntry.Kind.REGULAR ? size : 0, mode,
        (int) Math.min(Integer.MAX_VALUE, Math.max(-1, uid)),
        (int) Math.min(Integer.MAX_VALUE, Math.max(-1, gid)), link, problem);
  }

  /** True when a symlink at {@code path} with this target would climb above the root lexically. */
  static boolean escapes(String path, String target) {
    String base = target.startsWith("/") ? "" : TarPaths.parent(path);
    return TarPaths.normalize(base + "/" + target) == null;
  }

  private static TarEntry.Kind kindOf(char type, String name) {
    return switch (type) {
      case '0', '\0', '7' -> name.endsWith("/") ? TarEntry.Kind.DIRECTORY : TarEntry.Kind.REGULAR;
      case '1' -> TarEntry.Kind.HARDLINK;
      case '2' -> TarEntry.Kind.SYMLINK;
      case '3' -> TarEntry.Kind.CHAR_DEVICE;
      case '4' -> TarEntry.Kind.BLOCK_DEVICE;
      case '5' -> TarEntry.Kind.DIRECTORY;
      case '6' -> TarEntry.Kind.FIFO;
      default -> TarEntry.Kind.OTHER;
    };
  }

  private static String printable(char type) {
    return type >= 0x20 && type < 0x7f ? String.valueOf(type)
        : String.format("\\x%02x", (int) type);
  }

  // ---------------------------------------------------------------- reading

  /** Reads one block; false at a clean end of the bytes before it. */
  private boolean readBlock() throws IOException {
    header.offset = offset;
    int n = in.readNBytes(header.bytes, 0, BLOCK);
    offset += n;
    if (n == 0) {
      return false;
    }
    if (n < BLOCK) {
      throw new EOFException(source + ": truncated tar (a header ends early)");
    }
    return true;
  }

  /** The content of a long-name or PAX entry, and the padding after it. */
  private byte[] readContent(int size) throws IOException {
    byte[] data = in.readNBytes(size);
    offset += data.length;
    if (data.length < size) {
      throw new EOFException(
          source + ": truncated tar (a header at byte " + header.offset + " ends early)");
    }
    discard((BLOCK - size % BLOCK) % BLOCK);
    return data;
  }

  /** Old GNU sparse headers continue in extension blocks, each flagging whether one follows. */
  private void skipSparseExtensions() throws IOException {
    byte[] saved = header.bytes.clone();
    long at = header.offset;
    try {
      do {
        if (!readBlock()) {
          throw new EOFException(source + ": truncated tar (sparse header at byte " + at + ")");
        }
      } while (header.bytes[504] != 0);
    } finally {
      System.arraycopy(saved, 0, header.bytes, 0, BLOCK);
      header.offset = at;
    }
  }

  /** Passes over {@code n} bytes: read (so a digest sees them) or skipped, as constructed. */
  private void discard(long n) throws IOException {
    long left = n;
    if (!readSkipped) {
      while (left > 0) {
        long s = in.skip(left);
        if (s <= 0) {
          break; // let a read tell the end of the bytes from a stream that cannot skip
        }
        left -= s;
        offset += s;
      }
    }
    if (left > 0 && skipBuffer == null) {
      skipBuffer = new byte[64 * 1024];
    }
    while (left > 0) {
      int r = in.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, left));
      if (r < 0) {
        throw new EOFException(source + ": truncated tar (an entry's content ends early)");
      }
      left -= r;
      offset += r;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
