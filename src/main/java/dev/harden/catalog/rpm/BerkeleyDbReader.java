package dev.harden.catalog.rpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Values of a Berkeley DB hash database (rpm's {@code Packages}): walks every hash page, follows
 * each off-page value (HOFFPAGE) through its chain of overflow pages and concatenates them. Only
 * the page layout is interpreted; keys (package numbers) are ignored. Layout per libdb's
 * {@code db_page.h}: a 26-byte page header, then 2-byte item offsets alternating key and value.
 */
final class BerkeleyDbReader {

  private static final int HASH_MAGIC = 0x061561;
  private static final int PAGE_HEADER = 26;
  private static final int TYPE_HASH_UNSORTED = 2;
  private static final int TYPE_HOFFPAGE_ITEM = 3;
  private static final int TYPE_OVERFLOW = 7;
  private static final int TYPE_HASH_META = 8;
  private static final int TYPE_HASH = 13;
  private static final Set<Integer> PAGE_SIZES =
      Set.of(512, 1024, 2048, 4096, 8192, 16384, 32768, 65536);

  private BerkeleyDbReader() {}

  static boolean looksLike(byte[] db) {
    if (db.length < 512) {
      return false;
    }
    ByteBuffer b = ByteBuffer.wrap(db);
    return b.order(ByteOrder.LITTLE_ENDIAN).getInt(12) == HASH_MAGIC
        || b.order(ByteOrder.BIG_ENDIAN).getInt(12) == HASH_MAGIC;
  }

  static List<byte[]> values(byte[] db, long maxValueBytes) throws IOException {
    if (!looksLike(db)) {
      throw new IOException("not a Berkeley DB hash database");
    }
    ByteBuffer b = ByteBuffer.wrap(db).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(12) != HASH_MAGIC) {
      b.order(ByteOrder.BIG_ENDIAN); // written on a big-endian machine
    }
    int pageSize = b.getInt(20);
    if (!PAGE_SIZES.contains(pageSize)) {
      throw new IOException("unexpected Berkeley DB page size " + pageSize);
    }
    if (db[24] != 0) {
      throw new IOException("encrypted Berkeley DB");
    }
    if ((db[25] & 0xff) != TYPE_HASH_META) {
      throw new IOException("Berkeley DB is not a hash database (page type " + db[25] + ")");
    }
    long lastPage = b.getInt(32) & 0xffffffffL;
    long pages = lastPage + 1;
    if (pages > db.length / pageSize) {
      throw new IOException("truncated Berkeley DB: " + db.length / pageSize + " of " + pages
          + " pages present");
    }
    List<byte[]> values = new ArrayList<>();
    // values are disjoint page chains in a sane file; a hostile one could point many items at
    // one long chain, so the total copied is bounded by a multiple of the file's size
    long budget = 2L * db.length;
    for (int page = 0; page < pages; page++) {
      int start = page * pageSize;
      int type = db[start + 25] & 0xff;
      if (type != TYPE_HASH && type != TYPE_HASH_UNSORTED) {
        continue;
      }
      int items = b.getShort(start + 20) & 0xffff;
      // item offsets alternate key, value: values are the odd ones
      for (int i = 1; i < items; i += 2) {
        int indexAt = start + PAGE_HEADER + 2 * i;
        if (indexAt + 2 > start + pageSize) {
          break;
        }
        int itemAt = start + (b.getShort(indexAt) & 0xffff);
        if (itemAt + 12 > start + pageSize || (db[itemAt] & 0xff) != TYPE_HOFFPAGE_ITEM) {
          continue;
        }
        long firstPage = b.getInt(itemAt + 4) & 0xffffffffL;
        byte[] value = overflowChain(db, b, pageSize, pages, firstPage, maxValueBytes);
        budget -= value.length;
        if (budget < 0) {
          throw new IOException("values add up to more than twice the database's size");
        }
        values.add(value);
      }
    }
    return values;
  }

  private static byte[] overflowChain(byte[] db, ByteBuffer b, int pageSize, long pages,
      long first, long maxValueBytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    long page = first;
    int hops = 0;
    while (page != 0) {
      if (page >= pages || ++hops > pages) {
        throw new IOException("overflow page chain leaves the file or loops (page " + page + ")");
      }
      int start = (int) (page * pageSize);
      if ((db[start + 25] & 0xff) != TYPE_OVERFLOW) {
        throw new IOException("page " + page + " is not an overflow page");
      }
      long next = b.getInt(start + 16) & 0xffffffffL;
      int used = b.getShort(start + 22) & 0xffff;
      int length = next == 0 ? used : pageSize - PAGE_HEADER;
      if (PAGE_HEADER + length > pageSize) {
        throw new IOException("overflow page " + page + " claims more bytes than it has");
      }
      out.write(db, start + PAGE_HEADER, length);
      if (out.size() > maxValueBytes) {
        throw new IOException("a value is larger than " + maxValueBytes + " bytes");
      }
      page = next;
    }
    return out.toByteArray();
  }
}
