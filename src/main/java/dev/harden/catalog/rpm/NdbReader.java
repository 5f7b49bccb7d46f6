package dev.harden.catalog.rpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Header blobs of rpm's "ndb" database ({@code Packages.db}, SUSE): a 32-byte little-endian file
 * header naming the number of 4 KiB slot pages, slots of 16 bytes (magic, package index, block
 * offset, block count) after it, and for each used slot a blob at {@code blockOffset * 16}: a
 * 16-byte blob header (magic, package index, checksum, length) followed by the header blob.
 */
final class NdbReader {

  private static final int HEADER_MAGIC = 'R' | 'p' << 8 | 'm' << 16 | 'P' << 24;
  private static final int SLOT_MAGIC = 'S' | 'l' << 8 | 'o' << 16 | 't' << 24;
  private static final int BLOB_MAGIC = 'B' | 'l' << 8 | 'b' << 16 | 'S' << 24;
  private static final int SLOTS_PER_PAGE = 4096 / 16;
  private static final int BLOCK = 16;

  private NdbReader() {}

  static boolean looksLike(byte[] db) {
    return db.length >= 32
        && ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN).getInt(0) == HEADER_MAGIC;
  }

  static List<byte[]> blobs(byte[] db, long maxBlobBytes) throws IOException {
    if (!looksLike(db)) {
      throw new IOException("not an rpm ndb database");
    }
    ByteBuffer b = ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN);
    int version = b.getInt(4);
    long slotPages = b.getInt(12) & 0xffffffffL;
    if (version != 0 || slotPages == 0 || slotPages > 2048) {
      throw new IOException("unsupported ndb version " + version + " or slot page count " + slotPages);
    }
    long slots = slotPages * SLOTS_PER_PAGE - 2; // the file header takes the first two slots
    List<byte[]> blobs = new ArrayList<>();
    long budget = 2L * db.length; // slots pointing at one blob again and again must not multiply it
    for (long i = 0; i < slots; i++) {
      long at = 32 + i * 16;
      if (at + 16 > db.length) {
        throw new IOException("slot table is truncated");
      }
      int magic = b.getInt((int) at);
      if (magic != SLOT_MAGIC) {
        throw new IOException("bad slot magic at byte " + at);
      }
      int pkgIndex = b.getInt((int) at + 4);
      if (pkgIndex == 0) {
        continue; // free slot
      }
      long blobAt = (b.getInt((int) at + 8) & 0xffffffffL) * BLOCK;
      if (blobAt + 16 > db.length) {
        throw new IOException("package " + pkgIndex + ": blob outside the file");
      }
      int p = (int) blobAt;
      if (b.getInt(p) != BLOB_MAGIC || b.getInt(p + 4) != pkgIndex) {
        throw new IOException("package " + pkgIndex + ": bad blob header");
      }
      long length = b.getInt(p + 12) & 0xffffffffL;
      if (length > maxBlobBytes || p + 16 + length > db.length) {
        throw new IOException("package " + pkgIndex + ": blob length " + length + " does not fit");
      }
      budget -= length;
      if (budget < 0) {
        throw new IOException("blobs add up to more than twice the database's size");
      }
      byte[] blob = new byte[(int) length];
      System.arraycopy(db, p + 16, blob, 0, blob.length);
      blobs.add(blob);
    }
    return blobs;
  }
}
