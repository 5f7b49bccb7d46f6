package dev.harden.catalog;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a file of the tree into memory, refusing anything larger than a limit. */
public final class FileContents {

  private FileContents() {}

  public static byte[] bytes(FileResolver files, FileEntry entry, long limit) throws IOException {
    checkDeclaredSize(entry, limit);
    try (InputStream in = files.open(entry)) {
      return readBounded(in, limit);
    }
  }

  /**
   * Like {@link #bytes}, but possibly the array the tree keeps: read it, never modify it (see
   * {@link FileResolver#readOnlyBytes}).
   */
  public static byte[] readOnlyBytes(FileResolver files, FileEntry entry, long limit)
      throws IOException {
    checkDeclaredSize(entry, limit);
    byte[] data = files.readOnlyBytes(entry);
    if (data.length > limit) {
      throw overLimit(limit);
    }
    return data;
  }

  private static void checkDeclaredSize(FileEntry entry, long limit) throws IOException {
    if (entry.size() > limit) {
      throw new IOException("file is " + entry.size() + " bytes, over the limit of " + limit);
    }
  }

  private static IOException overLimit(long limit) {
    return new IOException("content is over the limit of " + limit + " bytes");
  }

  /** UTF-8 text; malformed bytes become U+FFFD rather than failing the parse. */
  public static String text(FileResolver files, FileEntry entry, long limit) throws IOException {
    return new String(bytes(files, entry, limit), StandardCharsets.UTF_8);
  }

  /** Reads a stream to its end, failing once more than {@code limit} bytes arrive. */
  public static byte[] readBounded(InputStream in, long limit) throws IOException {
    byte[] data = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
    if (data.length > limit) {
      throw overLimit(limit);
    }
    return data;
  }
}
