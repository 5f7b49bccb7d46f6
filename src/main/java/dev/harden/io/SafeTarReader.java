package dev.harden.io;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The only way the tool reads a tar (layers, docker-archives, OCI layout tars). Headers are parsed
 * by commons-compress; this class judges them: names are normalised ({@link TarPaths}), names and
 * hard-link targets that leave the root are marked unusable with a problem note, over-long names
 * are refused, the number of entries is charged to a {@link Budget}, and the bytes a single header
 * (PAX records, GNU long names) may occupy are capped so a hostile header cannot fill memory.
 * Nothing is ever written anywhere: the caller decides what to keep.
 */
public final class SafeTarReader implements Closeable {

  /** Room for PAX records and GNU long names of one entry; real ones are a few KiB. */
  public static final int MAX_HEADER_BYTES = 1 << 20;

  private final HeaderGuard guard;
  private final TarArchiveInputStream tar;
  private final Budget entries;
  private final int maxPathLength;
  private final String source;
  private TarEntry current;
  private byte[] skipBuffer;

  /**
   * @param in the plain (decompressed) tar bytes
   * @param entries charged one per header read
   * @param maxPathLength longest accepted name, in characters
   * @param source names the tar in errors and notes
   */
  public SafeTarReader(InputStream in, Budget entries, int maxPathLength, String source) {
    this.guard = new HeaderGuard(in);
    this.tar = new TarArchiveInputStream(guard, StandardCharsets.UTF_8.name());
    this.entries = entries;
    this.maxPathLength = maxPathLength;
    this.source = source;
  }

  /** The next header, or null after the end-of-archive marker (or the end of the bytes). */
  public TarEntry next() throws IOException {
    if (current != null) {
      skipContent();
    }
    TarArchiveEntry e;
    guard.limit(MAX_HEADER_BYTES + 32 * 1024L);
    try {
      e = tar.getNextEntry();
    } catch (LimitExceededException ex) {
      throw new LimitExceededException(source + ": a tar header holds more than "
          + Sizes.human(MAX_HEADER_BYTES) + " of PAX records or long names");
    } catch (IllegalArgumentException | IllegalStateException ex) {
      throw new IOException(source + ": corrupt tar header: " + ex.getMessage(), ex);
    } finally {
      guard.unlimit();
    }
    if (e == null) {
      current = null;
      return null;
    }
    entries.charge(1, source);
    current = judge(e);
    return current;
  }

  /** The current entry's content; read it before the next call to {@link #next}. */
  public InputStream content() {
    return new FilterInputStream(tar) {
      @Override
      public void close() {
        // the tar stream stays open for the next entry
      }
    };
  }

  private void skipContent() throws IOException {
    // read (not skip) in large chunks: the bytes must pass the digest anyway, and
    // TarArchiveInputStream's own skip reads in small ones
    if (skipBuffer == null) {
      skipBuffer = new byte[64 * 1024];
    }
    while (tar.read(skipBuffer, 0, skipBuffer.length) > 0) {
      // read stops at the end of the current entry
    }
  }

  private TarEntry judge(TarArchiveEntry e) {
    String raw = e.getName();
    TarEntry.Kind kind = kindOf(e);
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
      link = e.getLinkName();
      if (link.length() > maxPathLength || link.indexOf('\0') >= 0) {
        path = null;
        problem = "symlink target longer than " + maxPathLength + " characters";
      } else if (path != null && escapes(path, link)) {
        problem = "symlink target leaves the image root; resolved inside it";
      }
    } else if (kind == TarEntry.Kind.HARDLINK) {
      link = e.getLinkName().length() > maxPathLength ? null : TarPaths.normalize(e.getLinkName());
      if (link == null) {
        problem = "hard link target leaves the image root";
      }
    } else if (kind == TarEntry.Kind.OTHER) {
      problem = "unsupported tar entry type '" + (char) entryType(e) + "'";
    }
    long size = kind == TarEntry.Kind.REGULAR ? Math.max(0, e.getRealSize()) : 0;
    return new TarEntry(path, raw, kind, size, e.getMode() & 07777,
        (int) Math.min(Integer.MAX_VALUE, Math.max(-1, e.getLongUserId())),
        (int) Math.min(Integer.MAX_VALUE, Math.max(-1, e.getLongGroupId())), link, problem);
  }

  /** True when a symlink at {@code path} with this target would climb above the root lexically. */
  static boolean escapes(String path, String target) {
    String base = target.startsWith("/") ? "" : TarPaths.parent(path);
    return TarPaths.normalize(base + "/" + target) == null;
  }

  private static int entryType(TarArchiveEntry e) {
    if (e.isSymbolicLink()) {
      return '2';
    }
    return e.isLink() ? '1' : e.isDirectory() ? '5' : e.isFile() ? '0' : '?';
  }

  private static TarEntry.Kind kindOf(TarArchiveEntry e) {
    if (e.isSymbolicLink()) {
      return TarEntry.Kind.SYMLINK;
    }
    if (e.isLink()) {
      return TarEntry.Kind.HARDLINK;
    }
    if (e.isDirectory()) {
      return TarEntry.Kind.DIRECTORY;
    }
    if (e.isCharacterDevice()) {
      return TarEntry.Kind.CHAR_DEVICE;
    }
    if (e.isBlockDevice()) {
      return TarEntry.Kind.BLOCK_DEVICE;
    }
    if (e.isFIFO()) {
      return TarEntry.Kind.FIFO;
    }
    if (e.isFile()) {
      return TarEntry.Kind.REGULAR;
    }
    return TarEntry.Kind.OTHER;
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }

  /** Caps what the tar parser may read while it parses one header. */
  private static final class HeaderGuard extends FilterInputStream {
    private long allowance = Long.MAX_VALUE;

    HeaderGuard(InputStream in) {
      super(in);
    }

    void limit(long bytes) {
      allowance = bytes;
    }

    void unlimit() {
      allowance = Long.MAX_VALUE;
    }

    @Override
    public int read() throws IOException {
      if (allowance <= 0) {
        throw new LimitExceededException("tar header too large");
      }
      int b = in.read();
      if (b >= 0) {
        allowance--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (allowance <= 0 && len > 0) {
        throw new LimitExceededException("tar header too large");
      }
      int n = in.read(b, off, (int) Math.min(len, allowance));
      if (n > 0 && allowance != Long.MAX_VALUE) {
        allowance -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return in.skip(Math.min(n, allowance));
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
