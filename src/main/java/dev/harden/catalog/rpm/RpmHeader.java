package dev.harden.catalog.rpm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An rpm header blob as the database stores it: a big-endian index count and data length, the
 * index entries (tag, type, offset, count; 16 bytes each), then the data store. Only the types the
 * cataloguer reads are decoded; every offset is checked against the data store.
 */
final class RpmHeader {

  static final int NAME = 1000;
  static final int VERSION = 1001;
  static final int RELEASE = 1002;
  static final int EPOCH = 1003;
  static final int VENDOR = 1011;
  static final int LICENSE = 1014;
  static final int ARCH = 1022;
  static final int OLDFILENAMES = 1027;
  static final int SOURCERPM = 1044;
  static final int DIRINDEXES = 1116;
  static final int BASENAMES = 1117;
  static final int DIRNAMES = 1118;
  static final int MODULARITYLABEL = 5096;

  private static final int TYPE_INT16 = 3;
  private static final int TYPE_INT32 = 4;
  private static final int TYPE_STRING = 6;
  private static final int TYPE_STRING_ARRAY = 8;
  private static final int TYPE_I18NSTRING = 9;
  private static final int MAX_INDEX = 1 << 16;

  private record Entry(int type, int offset, int count) {}

  private final ByteBuffer data;
  private final Map<Integer, Entry> entries;

  private RpmHeader(ByteBuffer data, Map<Integer, Entry> entries) {
    this.data = data;
    this.entries = entries;
  }

  static RpmHeader parse(byte[] blob) {
    ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.BIG_ENDIAN);
    if (blob.length < 8) {
      throw new IllegalArgumentException("rpm header shorter than 8 bytes");
    }
    int il = b.getInt(0);
    int dl = b.getInt(4);
    long dataStart = 8L + 16L * il;
    if (il < 1 || il > MAX_INDEX || dl < 0 || dataStart + dl > blob.length) {
      throw new IllegalArgumentException("rpm header with " + il + " entries and " + dl
          + " data bytes does not fit its " + blob.length + " bytes");
    }
    Map<Integer, Entry> entries = new HashMap<>();
    for (int i = 0; i < il; i++) {
      int at = 8 + 16 * i;
      int tag = b.getInt(at);
      int type = b.getInt(at + 4);
      int offset = b.getInt(at + 8);
      int count = b.getInt(at + 12);
      if (offset < 0 || offset >= dl || count < 0) {
        continue; // region trailers and out-of-range entries are not data we read
      }
      entries.put(tag, new Entry(type, offset, count)); // a later (dribble) entry wins
    }
    ByteBuffer store = ByteBuffer.wrap(blob, (int) dataStart, dl).slice().order(ByteOrder.BIG_ENDIAN);
    return new RpmHeader(store, entries);
  }

  String string(int tag) {
    Entry e = entries.get(tag);
    if (e == null) {
      return "";
    }
    if (e.type() == TYPE_STRING || e.type() == TYPE_I18NSTRING || e.type() == TYPE_STRING_ARRAY) {
      List<String> s = strings(e, 1);
      String v = s.isEmpty() ? "" : s.get(0);
      return v.equals("(none)") ? "" : v;
    }
    return "";
  }

  List<String> stringArray(int tag) {
    Entry e = entries.get(tag);
    if (e == null || (e.type() != TYPE_STRING_ARRAY && e.type() != TYPE_I18NSTRING
        && e.type() != TYPE_STRING)) {
      return List.of();
    }
    return strings(e, e.type() == TYPE_STRING ? 1 : e.count());
  }

  /** Integer values of an INT32 (or INT16) tag. */
  List<Integer> ints(int tag) {
    Entry e = entries.get(tag);
    if (e == null) {
      return List.of();
    }
    int width = e.type() == TYPE_INT32 ? 4 : e.type() == TYPE_INT16 ? 2 : 0;
    if (width == 0 || (long) e.offset() + (long) width * e.count() > data.capacity()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(e.count());
    for (int i = 0; i < e.count(); i++) {
      int at = e.offset() + width * i;
      out.add(width == 4 ? data.getInt(at) : data.getShort(at) & 0xffff);
    }
    return out;
  }

  boolean has(int tag) {
    return entries.containsKey(tag);
  }

  private List<String> strings(Entry e, int count) {
    List<String> out = new ArrayList<>();
    int pos = e.offset();
    for (int i = 0; i < count && pos < data.capacity(); i++) {
      int end = pos;
      while (end < data.capacity() && data.get(end) != 0) {
        end++;
      }
      byte[] s = new byte[end - pos];
      data.get(pos, s);
      out.add(new String(s, StandardCharsets.UTF_8));
      pos = end + 1;
    }
    return out;
  }

  /** Installed file paths: DIRNAMES[DIRINDEXES[i]] + BASENAMES[i], or the old flat list. */
  List<String> files() {
    List<String> base = stringArray(BASENAMES);
    List<String> dirs = stringArray(DIRNAMES);
    List<Integer> index = ints(DIRINDEXES);
    List<String> out = new ArrayList<>();
    if (!base.isEmpty() && base.size() == index.size()) {
      for (int i = 0; i < base.size(); i++) {
        int d = index.get(i);
        if (d >= 0 && d < dirs.size()) {
          out.add(dirs.get(d) + base.get(i));
        }
      }
      return out;
    }
    return stringArray(OLDFILENAMES);
  }
}
