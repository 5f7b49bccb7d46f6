package dev.harden.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes that pass (skips are read through, so they count too). */
public final class CountingInputStream extends FilterInputStream {

  private long count;

  public CountingInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long s = in.skip(n);
    count += Math.max(0, s);
    return s;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  public long count() {
    return count;
  }
}
