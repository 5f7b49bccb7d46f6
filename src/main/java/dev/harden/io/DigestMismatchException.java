package dev.harden.io;

import java.io.IOException;

/** Bytes whose digest differs from the one the manifest, config or file name promised. */
public final class DigestMismatchException extends IOException {

  private static final long serialVersionUID = 1L;

  private final Digest expected;
  private final Digest actual;

  public DigestMismatchException(String source, Digest expected, Digest actual) {
    super((source == null ? "" : source + ": ")
        + "digest mismatch: expected " + expected + ", content has " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  public Digest expected() {
    return expected;
  }

  public Digest actual() {
    return actual;
  }
}
