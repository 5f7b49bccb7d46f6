package dev.harden.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes bytes through while hashing and counting them. With an expected digest it checks at end
 * of stream and throws {@link DigestMismatchException} instead of reporting the end, so a reader
 * that consumes the stream to its end can never accept bytes that do not match. Skipping reads
 * (and hashes) the skipped bytes.
 */
public final class DigestingInputStream extends FilterInputStream {

  private final MessageDigest md;
  private final String algorithm;
  private final Digest expected;
  private final String source;
  private long count;
  private Digest result;
  private byte[] skipBuffer;

  private DigestingInputStream(InputStream in, String algorithm, Digest expected, String source) {
    super(in);
    this.algorithm = algorithm;
    this.md = Digest.messageDigest(algorithm);
    this.expected = expected;
    this.source = source;
  }

  /** Hashes with sha256 and checks nothing; read {@link #digest()} after the end. */
  public static DigestingInputStream sha256(InputStream in) {
    return new DigestingInputStream(in, "sha256", null, null);
  }

  /** Checks the bytes against {@code expected} when the end of stream is reached. */
  public static DigestingInputStream verifying(InputStream in, Digest expected, String source) {
    return new DigestingInputStream(in, expected.algorithm(), expected, source);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      finish();
    } else {
      md.update((byte) b);
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      finish();
    } else if (n > 0) {
      md.update(b, off, n);
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) {
      return 0;
    }
    if (skipBuffer == null) {
      skipBuffer = new byte[64 * 1024];
    }
    return SkipByReading.skip(this, skipBuffer, n);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /** Reads the rest of the stream (hashing it), so the digest covers every byte. */
  public void drain() throws IOException {
    while (skip(Long.MAX_VALUE) > 0) {
      // keep going until the end is reached and checked
    }
    if (result == null) {
      finish();
    }
  }

  private void finish() throws IOException {
    if (result != null) {
      return;
    }
    result = new Digest(algorithm, HexFormat.of().formatHex(md.digest()));
    if (expected != null && !expected.equals(result)) {
      throw new DigestMismatchException(source, expected, result);
    }
  }

  /** The digest of all bytes read; only after the end of stream was reached. */
  public Digest digest() {
    if (result == null) {
      throw new IllegalStateException("stream not read to its end");
    }
    return result;
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }
}
