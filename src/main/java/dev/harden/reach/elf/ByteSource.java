package dev.harden.reach.elf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Random reads over one file of known size, for the ELF reader. Image files come as streams (kept
 * in memory or spilled to the reader's temp dir), so {@link #streamed} reads forward by skipping
 * and reopens only to go back; the reader asks for a handful of small ranges per file.
 */
public interface ByteSource {

  long size();

  /**
   * Exactly {@code length} bytes from {@code offset}.
   *
   * @throws IOException when the range is not inside the file or cannot be read
   */
  byte[] read(long offset, int length) throws IOException;

  /** A stream opener; each call must return a fresh stream positioned at the start. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  static ByteSource of(byte[] bytes) {
    return new ByteSource() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public byte[] read(long offset, int length) throws IOException {
        check(offset, length, bytes.length);
        return Arrays.copyOfRange(bytes, (int) offset, (int) offset + length);
      }
    };
  }

  /** Reads through streams from {@code opener}; close it to release the current stream. */
  static Streamed streamed(long size, Opener opener) {
    return new Streamed(size, opener);
  }

  private static void check(long offset, int length, long size) throws IOException {
    if (offset < 0 || length < 0 || offset > size || size - offset < length) {
      throw new IOException("range " + offset + "+" + length + " outside the file (" + size
          + " bytes)");
    }
  }

  /** The stream-backed source: forward reads skip, backward reads reopen. */
  final class Streamed implements ByteSource, AutoCloseable {
    private final long size;
    private final Opener opener;
    private InputStream in;
    private long position;

    private Streamed(long size, Opener opener) {
      this.size = size;
      this.opener = opener;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public byte[] read(long offset, int length) throws IOException {
      check(offset, length, size);
      if (in == null || offset < position) {
        close();
        in = opener.open();
        position = 0;
      }
      skipTo(offset);
      byte[] bytes = in.readNBytes(length);
      position += bytes.length;
      if (bytes.length != length) {
        throw new IOException("file ended at " + position + " (expected " + size + " bytes)");
      }
      return bytes;
    }

    private void skipTo(long offset) throws IOException {
      while (position < offset) {
        long skipped = in.skip(offset - position);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("file ended at " + position + " (expected " + size + " bytes)");
          }
          skipped = 1;
        }
        position += skipped;
      }
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        InputStream old = in;
        in = null;
        old.close();
      }
    }
  }
}
