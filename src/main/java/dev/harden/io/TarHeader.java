package dev.harden.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One 512-byte tar header block as {@link SafeTarReader} reads it, refilled in place for each
 * header: the fields of the ustar, GNU and v7 layouts (octal or base-256 numbers, NUL-terminated
 * text, the ustar prefix, the checksum) and the PAX records of an extended header's content.
 * Malformed fields fail with an {@link IOException} naming the source and the header's offset.
 */
final class TarHeader {

  static final int SIZE = 512;

  final byte[] bytes = new byte[SIZE];
  private final String source;
  /** Where this header starts in the tar, for errors. */
  long offset;

  TarHeader(String source) {
    this.source = source;
  }

  /** The type flag. */
  char type() {
    return (char) (bytes[156] & 0xff);
  }

  /** The link-name field. */
  String linkName() {
    return text(bytes, 157, 100);
  }

  /** The name field, with the ustar prefix in front when the header has one. */
  String name() {
    String name = text(bytes, 0, 100);
    boolean ustar = bytes[257] == 'u' && bytes[258] == 's' && bytes[259] == 't'
        && bytes[260] == 'a' && bytes[261] == 'r' && bytes[262] == 0;
    if (!ustar) {
      return name; // GNU and v7 headers keep other fields where ustar has the prefix
    }
    // star's variant of ustar ends the header with "tar\0" and has a shorter prefix
    boolean star = bytes[508] == 't' && bytes[509] == 'a' && bytes[510] == 'r'
        && bytes[511] == 0;
    String prefix = text(bytes, 345, star ? 131 : 155);
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  /** A NUL-terminated field as UTF-8 (malformed bytes become U+FFFD). */
  static String text(byte[] b, int from, int length) {
    int end = from;
    while (end < from + length && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  /** An octal field (spaces and NULs around it allowed) or a base-256 one (high bit set). */
  long number(int from, int length, String field) throws IOException {
    int first = bytes[from] & 0xff;
    if ((first & 0x80) != 0) {
      if (first != 0x80) {
        // negative: an unknown id, never a size
        if (field.equals("uid") || field.equals("gid")) {
          return -1;
        }
        throw corrupt("negative base-256 " + field);
      }
      long v = 0;
      for (int i = from + 1; i < from + length; i++) {
        if (v > (Long.MAX_VALUE >> 8)) {
          throw corrupt("base-256 " + field + " out of range");
        }
        v = (v << 8) | (bytes[i] & 0xff);
      }
      return v;
    }
    int i = from;
    int end = from + length;
    while (i < end && (bytes[i] == ' ' || bytes[i] == 0)) {
      i++;
    }
    long v = 0;
    for (; i < end && bytes[i] != ' ' && bytes[i] != 0; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 7) {
        throw corrupt("invalid octal " + field);
      }
      if (v > (Long.MAX_VALUE >> 3)) {
        throw corrupt(field + " out of range");
      }
      v = (v << 3) | d;
    }
    return v;
  }

  void checkChecksum() throws IOException {
    long stored = number(148, 8, "checksum");
    // the sum counts the checksum field as eight spaces; one tight loop, then the correction
    long unsigned = 8 * ' ';
    for (int i = 0; i < SIZE; i++) {
      unsigned += bytes[i] & 0xff;
    }
    for (int i = 148; i < 156; i++) {
      unsigned -= bytes[i] & 0xff;
    }
    if (stored == unsigned) {
      return;
    }
    long signed = 8 * ' '; // some old tars summed the bytes as signed
    for (int i = 0; i < SIZE; i++) {
      signed += i >= 148 && i < 156 ? 0 : bytes[i];
    }
    if (stored != signed) {
      throw corrupt("checksum mismatch (not a tar header)");
    }
  }

  boolean isZero() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Records {@code "<length> <key>=<value>\n"}, the length counting the whole record. */
  Map<String, String> paxRecords(byte[] data) throws IOException {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    while (i < data.length) {
      if (data[i] == 0) {
        break; // NUL padding after the last record
      }
      int space = i;
      long length = 0;
      while (space < data.length && data[space] >= '0' && data[space] <= '9'
          && length < data.length) {
        length = length * 10 + (data[space] - '0');
        space++;
      }
      if (space == i || space >= data.length || data[space] != ' ' || length <= space - i + 1
          || i + length > data.length || data[(int) (i + length - 1)] != '\n') {
        throw corrupt("malformed PAX record");
      }
      int end = (int) (i + length - 1);
      int eq = space + 1;
      while (eq < end && data[eq] != '=') {
        eq++;
      }
      if (eq >= end) {
        throw corrupt("malformed PAX record (no '=')");
      }
      String key = new String(data, space + 1, eq - space - 1, StandardCharsets.UTF_8);
      String value = new String(data, eq + 1, end - eq - 1, StandardCharsets.UTF_8);
      out.put(key, value);
      i = end + 1;
    }
    return out;
  }

  long paxNumber(Map<String, String> records, String key, long fallback)
      throws IOException {
    String v = records.get(key);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        throw corrupt("negative PAX " + key);
      }
      return n;
    } catch (NumberFormatException e) {
      throw corrupt("PAX " + key + " is not a number: " + v);
    }
  }

  IOException corrupt(String what) {
    return new IOException(source + ": corrupt tar header at byte " + offset + ": " + what);
  }
}
