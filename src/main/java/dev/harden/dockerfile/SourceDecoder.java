package dev.harden.dockerfile;

import dev.harden.io.InputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a Dockerfile into text, refusing what is not a Dockerfile before any parsing:
 * binary content, text that is not UTF-8, files over {@link #MAX_BYTES}, and lines longer than
 * BuildKit's scanner accepts ({@value #MAX_LINE_BYTES} bytes: "dockerfile line greater than max
 * allowed size"). A UTF-8 byte-order mark is dropped (BuildKit strips it too) and reported.
 */
final class SourceDecoder {

  static final int MAX_BYTES = 16 * 1024 * 1024;
  static final int MAX_LINE_BYTES = 65535;

  record Decoded(String text, boolean bom) {}

  private SourceDecoder() {}

  static Decoded decode(String source, byte[] bytes) throws InputException {
    if (bytes.length > MAX_BYTES) {
      throw new InputException(source, "file is larger than 16 MiB; not a Dockerfile");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new InputException(source, 1, "UTF-16 text is not supported: save the Dockerfile as UTF-8");
    }
    boolean bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    int from = bom ? 3 : 0;
    check(source, bytes, from);
    return new Decoded(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8), bom);
  }

  private static void check(String source, byte[] b, int from) throws InputException {
    int line = 1;
    int lineStart = from;
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
        continue;
      }
      if (i - lineStart >= MAX_LINE_BYTES) {
        throw new InputException(
            source,
            line,
            "line is longer than " + MAX_LINE_BYTES + " bytes (BuildKit's limit); not a usable Dockerfile");
      }
      if (c == 0) {
        throw new InputException(source, line, "binary file (NUL byte at column " + (i - lineStart + 1) + ")");
      }
      int length = sequenceLength(b, i);
      if (length == 0) {
        throw new InputException(
            source,
            line,
            String.format(
                "not UTF-8 text: invalid byte 0x%02X at column %d", c, i - lineStart + 1));
      }
      i += length;
    }
  }

  /** Length of the valid UTF-8 sequence at {@code i}, or 0 when it is not valid. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int need;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + need >= b.length) {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      int cont = b[i + k] & 0xFF;
      int min = k == 1 ? lo : 0x80;
      int max = k == 1 ? hi : 0xBF;
      if (cont < min || cont > max) {
        return 0;
      }
    }
    return need + 1;
  }
}
