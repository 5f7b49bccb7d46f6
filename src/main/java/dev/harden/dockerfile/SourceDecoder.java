package dev.harden.dockerfile;

import dev.harden.io.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a Dockerfile into text, refusing what is not a Dockerfile before any parsing.
 * Reading stops at the first problem, so a huge or binary file is never read whole: a line longer
 * than BuildKit's scanner accepts ({@value #MAX_LINE_BYTES} bytes: "dockerfile line greater than
 * max allowed size"), a NUL byte, more than {@link #MAX_BYTES} in all. Then the text must be UTF-8.
 * A UTF-8 byte-order mark is dropped (BuildKit strips it too) and reported; a UTF-16 one is refused
 * by name.
 */
final class SourceDecoder {

  static final int MAX_BYTES = 4 * 1024 * 1024;
  static final int MAX_LINE_BYTES = 65535;

  record Decoded(String text, boolean bom) {}

  private SourceDecoder() {}

  static Decoded decode(String source, InputStream in) throws InputException {
    byte[] bytes = readChecked(source, in);
    boolean bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    int from = bom ? 3 : 0;
    checkUtf8(source, bytes, from);
    return new Decoded(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8), bom);
  }

  /** Reads everything, failing fast on a long line, a NUL byte or too many bytes. */
  private static byte[] readChecked(String source, InputStream in) throws InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    int line = 1;
    int lineLength = 0;
    try {
      for (int n = in.readNBytes(chunk, 0, chunk.length);
          n > 0;
          n = in.readNBytes(chunk, 0, chunk.length)) {
        if (out.size() == 0 && isUtf16(chunk, n)) {
          // before the NUL check: UTF-16 text is full of NULs but deserves a better message
          throw new InputException(
              source, 1, "UTF-16 text is not supported: save the Dockerfile as UTF-8");
        }
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            line++;
            lineLength = 0;
            continue;
          }
          if (++lineLength > MAX_LINE_BYTES) {
            throw new InputException(
                source,
                line,
                "line is longer than "
                    + MAX_LINE_BYTES
                    + " bytes (BuildKit's limit); not a usable Dockerfile");
          }
          if (b == 0) {
            throw new InputException(
                source, line, "binary file (NUL byte at column " + lineLength + ")");
          }
        }
        if (out.size() + n > MAX_BYTES) {
          throw new InputException(source, "file is larger than 4 MiB; not a Dockerfile");
        }
        out.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static boolean isUtf16(byte[] b, int n) {
    return n >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  private static void checkUtf8(String source, byte[] b, int from) throws InputException {
    int line = 1;
    int lineStart = from;
    int i = from;
    while (i < b.length) {
      if (b[i] == '\n') {
        line++;
        lineStart = ++i;
        continue;
      }
      int length = sequenceLength(b, i);
      if (length == 0) {
        throw new InputException(
            source,
            line,
            String.format(
                "not UTF-8 text: invalid byte 0x%02X at column %d",
                b[i] & 0xFF, i - lineStart + 1));
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
      if (cont < (k == 1 ? lo : 0x80) || cont > (k == 1 ? hi : 0xBF)) {
        return 0;
      }
    }
    return need + 1;
  }
}
