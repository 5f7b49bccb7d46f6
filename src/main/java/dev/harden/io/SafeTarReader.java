package dev.harden.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The only way the tool reads a tar (layers, docker-archives, OCI layout tars). It parses the
 * headers itself (ustar, GNU long names, PAX records) and judges them: names are normalised
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

  private static final int BLOCK = 512;

  private final InputStream in;
  private final Budget entries;
  private final int maxPathLength;
  private final String source;
  private final boolean readSkipped;
  private final byte[] block = new byte[BLOCK];
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
      long at = offset;
      if (!readBlock()) {
        ended = true;
        return null;
      }
      if (isZeroBlock()) {
        ended = true; // the rest (a second zero block, padding) is the caller's to drain
        return null;
      }
      checkChecksum(at);
      char type = (char) (block[156] & 0xff);
      long size = number(124, 12, "size", at);
      if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
        headerBytes += BLOCK + size;
        if (headerBytes > MAX_HEADER_BYTES) {
          throw new LimitExceededException(source + ": a tar header holds more than "
              + Sizes.human(MAX_HEADER_BYTES) + " of PAX records or long names");
        }
        byte[] data = readContent((int) size, at);
        switch (type) {
          case 'L' -> longName = text(data, 0, data.length);
          case 'K' -> longLink = text(data, 0, data.length);
          case 'x' -> pax = paxRecords(data, at);
          default -> globalPax.putAll(paxRecords(data, at));
        }
        continue;
      }
      entries.charge(1, source);
      return entry(type, size, longName, longLink, pax, at);
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
      Map<String, String> pax, long at) throws IOException {
    Map<String, String> records = pax;
    if (!globalPax.isEmpty()) {
      records = new HashMap<>(globalPax);
      if (pax != null) {
        records.putAll(pax);
      }
    }
    String raw = longName != null ? longName : headerName();
    String link = longLink != null ? longLink : text(block, 157, 100);
    long size = headerSize;
    long uid = number(108, 8, "uid", at);
    long gid = number(116, 8, "gid", at);
    boolean sparse = type == 'S';
    if (records != null) {
      raw = records.getOrDefault("path", raw);
      link = records.getOrDefault("linkpath", link);
      size = paxNumber(records, "size", size, at);
      uid = paxNumber(records, "uid", uid, at);
      gid = paxNumber(records, "gid", gid, at);
      for (String key : records.keySet()) {
        sparse |= key.startsWith("GNU.sparse.");
      }
    }
    if (type == 'S' && block[482] != 0) {
      skipSparseExtensions(at);
    }
    TarEntry.Kind kind = sparse ? TarEntry.Kind.OTHER : kindOf(type, raw);
    // a directory's size field is ignored: what follows its header is the next header
    remaining = kind == TarEntry.Kind.DIRECTORY ? 0 : size;
    padding = (BLOCK - remaining % BLOCK) % BLOCK;
    int mode = (int) number(100, 8, "mode", at) & 07777;
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

  // ---------------------------------------------------------------- header fields

  /** The name field, with the ustar prefix in front when the header has one. */
  private String headerName() {
    String name = text(block, 0, 100);
    boolean ustar = block[257] == 'u' && block[258] == 's' && block[259] == 't'
        && block[260] == 'a' && block[261] == 'r' && block[262] == 0;
    if (!ustar) {
      return name; // GNU and v7 headers keep other fields where ustar has the prefix
    }
    // star's variant of ustar ends the header with "tar\0" and has a shorter prefix
    boolean star = block[508] == 't' && block[509] == 'a' && block[510] == 'r'
        && block[511] == 0;
    String prefix = text(block, 345, star ? 131 : 155);
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  /** A NUL-terminated field as UTF-8 (malformed bytes become U+FFFD). */
  private static String text(byte[] b, int from, int length) {
    int end = from;
    while (end < from + length && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  /** An octal field (spaces and NULs around it allowed) or a base-256 one (high bit set). */
  private long number(int from, int length, String field, long at) throws IOException {
    int first = block[from] & 0xff;
    if ((first & 0x80) != 0) {
      if (first != 0x80) {
        // negative: an unknown id, never a size
        if (field.equals("uid") || field.equals("gid")) {
          return -1;
        }
        throw corrupt(at, "negative base-256 " + field);
      }
      long v = 0;
      for (int i = from + 1; i < from + length; i++) {
        if (v > (Long.MAX_VALUE >> 8)) {
          throw corrupt(at, "base-256 " + field + " out of range");
        }
        v = (v << 8) | (block[i] & 0xff);
      }
      return v;
    }
    int i = from;
    int end = from + length;
    while (i < end && (block[i] == ' ' || block[i] == 0)) {
      i++;
    }
    long v = 0;
    for (; i < end && block[i] != ' ' && block[i] != 0; i++) {
      int d = block[i] - '0';
      if (d < 0 || d > 7) {
        throw corrupt(at, "invalid octal " + field);
      }
      if (v > (Long.MAX_VALUE >> 3)) {
        throw corrupt(at, field + " out of range");
      }
      v = (v << 3) | d;
    }
    return v;
  }

  private void checkChecksum(long at) throws IOException {
    long stored = number(148, 8, "checksum", at);
    // the sum counts the checksum field as eight spaces; one tight loop, then the correction
    long unsigned = 8 * ' ';
    for (int i = 0; i < BLOCK; i++) {
      unsigned += block[i] & 0xff;
    }
    for (int i = 148; i < 156; i++) {
      unsigned -= block[i] & 0xff;
    }
    if (stored == unsigned) {
      return;
    }
    long signed = 8 * ' '; // some old tars summed the bytes as signed
    for (int i = 0; i < BLOCK; i++) {
      signed += i >= 148 && i < 156 ? 0 : block[i];
    }
    if (stored != signed) {
      throw corrupt(at, "checksum mismatch (not a tar header)");
    }
  }

  private boolean isZeroBlock() {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- PAX records

  /** Records {@code "<length> <key>=<value>\n"}, the length counting the whole record. */
  private Map<String, String> paxRecords(byte[] data, long at) throws IOException {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    while (i < data.length) {
      if (data[i] == 0) {
        break; // NUL padding after the last record
      }
      int space = i;
      long length = 0;
      while (space < data.length && data[space] >= '0' && data[space] <= '9'
          && length < data.length) {
        length = length * 10 + (data[space] - '0');
        space++;
      }
      if (space == i || space >= data.length || data[space] != ' ' || length <= space - i + 1
          || i + length > data.length || data[(int) (i + length - 1)] != '\n') {
        throw corrupt(at, "malformed PAX record");
      }
      int end = (int) (i + length - 1);
      int eq = space + 1;
      while (eq < end && data[eq] != '=') {
        eq++;
      }
      if (eq >= end) {
        throw corrupt(at, "malformed PAX record (no '=')");
      }
      String key = new String(data, space + 1, eq - space - 1, StandardCharsets.UTF_8);
      String value = new String(data, eq + 1, end - eq - 1, StandardCharsets.UTF_8);
      out.put(key, value);
      i = end + 1;
    }
    return out;
  }

  private long paxNumber(Map<String, String> records, String key, long fallback, long at)
      throws IOException {
    String v = records.get(key);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        throw corrupt(at, "negative PAX " + key);
      }
      return n;
    } catch (NumberFormatException e) {
      throw corrupt(at, "PAX " + key + " is not a number: " + v);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads one block; false at a clean end of the bytes before it. */
  private boolean readBlock() throws IOException {
    int n = in.readNBytes(block, 0, BLOCK);
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
  private byte[] readContent(int size, long at) throws IOException {
    byte[] data = in.readNBytes(size);
    offset += data.length;
    if (data.length < size) {
      throw new EOFException(source + ": truncated tar (a header at byte " + at + " ends early)");
    }
    discard((BLOCK - size % BLOCK) % BLOCK);
    return data;
  }

  /** Old GNU sparse headers continue in extension blocks, each flagging whether one follows. */
  private void skipSparseExtensions(long at) throws IOException {
    byte[] saved = block.clone();
    try {
      do {
        if (!readBlock()) {
          throw new EOFException(source + ": truncated tar (sparse header at byte " + at + ")");
        }
      } while (block[504] != 0);
    } finally {
      System.arraycopy(saved, 0, block, 0, BLOCK);
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

  private IOException corrupt(long at, String what) {
    return new IOException(source + ": corrupt tar header at byte " + at + ": " + what);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
