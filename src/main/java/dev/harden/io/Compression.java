package dev.harden.io;

/** How a stream is compressed, told from its first bytes (media types are not trusted for it). */
public enum Compression {
  NONE,
  GZIP,
  ZSTD;

  /** The compression these leading bytes announce; {@link #NONE} when none is recognised. */
  public static Compression sniff(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (length >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }
}
