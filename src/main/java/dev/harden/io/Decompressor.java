package dev.harden.io;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens a possibly compressed stream (gzip, zstd or plain, told from the magic bytes) with the
 * decompression-bomb guards applied while reading: every byte that comes out is charged to a
 * shared {@link Budget}, and once
 * {@link #RATIO_FLOOR} bytes have come out, no more than {@code maxRatio} output bytes per input
 * byte. Truncated or corrupt input fails with an {@link IOException} that names the source.
 */
public final class Decompressor {

  /** Output below this size is never judged by ratio (small zero-filled files are normal). */
  public static final long RATIO_FLOOR = 16L << 20;

  /** Largest zstd window accepted: zstd's own default decoder limit (--memory=128MB). */
  public static final long MAX_ZSTD_WINDOW = 1L << 27;

  private static final int BUFFER = 64 * 1024;

  private Decompressor() {}

  /** The plain bytes of {@code raw}; see the class comment for the guards. */
  public static Opened open(InputStream raw, Budget budget, int maxRatio, String source)
      throws IOException {
    PushbackInputStream head = new PushbackInputStream(raw, 16);
    byte[] magic = new byte[14];
    int n = head.readNBytes(magic, 0, magic.length);
    if (n > 0) {
      head.unread(magic, 0, n);
    }
    Compression compression = Compression.sniff(magic, n);
    CountingInputStream compressed = new CountingInputStream(head);
    InputStream plain;
    try {
      switch (compression) {
        // GZIPInputStream reads the whole gzip header here, before the guards are in place
        case GZIP -> plain = new GZIPInputStream(compressed, BUFFER);
        case ZSTD -> {
          checkZstdWindow(magic, n, source);
          plain = new ZstdInputStream(compressed);
        }
        default -> plain = compressed;
      }
    } catch (EOFException e) {
      throw new IOException(source + ": truncated " + compression.name().toLowerCase(
          java.util.Locale.ROOT) + " header", e);
    } catch (ZipException e) {
      throw new IOException(source + ": corrupt gzip header: " + e.getMessage(), e);
    }
    return new Opened(compression, new Guarded(plain, compressed, compression, budget, maxRatio,
        source));
  }

  /** The decompressed stream and what it was compressed with. */
  public record Opened(Compression compression, InputStream stream) {}

  private static void checkZstdWindow(byte[] h, int n, String source) throws IOException {
    if (n < 6) {
      return; // too short to be a frame; the decoder reports it
    }
    int descriptor = h[4] & 0xff;
    boolean singleSegment = (descriptor & 0x20) != 0;
    long window;
    if (!singleSegment) {
      int wd = h[5] & 0xff;
      int exponent = wd >>> 3;
      long base = 1L << (10 + exponent);
      window = base + (base / 8) * (wd & 7);
    } else {
      int fcsFlag = descriptor >>> 6;
      int dictIdFlag = descriptor & 3;
      int dictBytes = dictIdFlag == 3 ? 4 : dictIdFlag;
      int at = 5 + dictBytes;
      int fcsBytes = switch (fcsFlag) { case 0 -> 1; case 1 -> 2; case 2 -> 4; default -> 8; };
      if (at + fcsBytes > n) {
        return;
      }
      long v = 0;
      for (int i = fcsBytes - 1; i >= 0; i--) {
        v = (v << 8) | (h[at + i] & 0xff);
      }
      window = fcsBytes == 2 ? v + 256 : v;
    }
    if (window < 0 || window > MAX_ZSTD_WINDOW) {
      throw new LimitExceededException(source + ": zstd frame asks for a " + Sizes.human(window)
          + " window (limit " + Sizes.human(MAX_ZSTD_WINDOW) + ")");
    }
  }

  /** Applies the size and ratio limits and turns decoder failures into named errors. */
  private static final class Guarded extends FilterInputStream {
    private final CountingInputStream compressed;
    private final Compression compression;
    private final Budget budget;
    private final int maxRatio;
    private final String source;
    private long produced;
    private byte[] skipBuffer;

    Guarded(InputStream plain, CountingInputStream compressed, Compression compression,
        Budget budget, int maxRatio, String source) {
      super(plain);
      this.compressed = compressed;
      this.compression = compression;
      this.budget = budget;
      this.maxRatio = maxRatio;
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (EOFException e) {
        throw new IOException(source + ": truncated " + name() + " stream", e);
      } catch (ZipException e) {
        throw new IOException(source + ": corrupt " + name() + " stream: " + e.getMessage(), e);
      } catch (LimitExceededException | DigestMismatchException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        // aircompressor reports corrupt or truncated zstd input as unchecked exceptions
        throw new IOException(source + ": corrupt " + name() + " stream: " + e.getMessage(), e);
      }
      if (n > 0) {
        produced += n;
        budget.charge(n, source);
        if (compression != Compression.NONE && produced > RATIO_FLOOR
            && produced / Math.max(1, compressed.count()) > maxRatio) {
          throw new LimitExceededException(source + ": compression ratio above " + maxRatio
              + ":1 (" + Sizes.human(produced) + " from " + Sizes.human(compressed.count())
              + "; limit maxCompressionRatio)");
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      if (skipBuffer == null) {
        skipBuffer = new byte[BUFFER];
      }
      return SkipByReading.skip(this, skipBuffer, n);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private String name() {
      return compression == Compression.NONE ? "tar" : compression.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
