package dev.harden.k8s;

import java.util.Arrays;

/**
 * The text of one input with its line table: converts char offsets (what nodes and edits use) to
 * 1-based lines and columns (what findings show). Columns count code points, as editors and the
 * YAML parser do. A leading byte-order mark is not part of the text; {@link #hasByteOrderMark()}
 * remembers it so a fixed file keeps it.
 */
public final class SourceText {

  private final String name;
  private final String text;
  private final boolean byteOrderMark;
  private final int[] lineStarts;

  public SourceText(String name, String text) {
    this.name = name;
    this.byteOrderMark = !text.isEmpty() && text.charAt(0) == '\uFEFF';
    this.text = byteOrderMark ? text.substring(1) : text;
    this.lineStarts = lineStarts(this.text);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The file name as the user gave it, or {@code -} for standard input. */
  public String name() {
    return name;
  }

  /** The text without a leading byte-order mark. */
  public String text() {
    return text;
  }

  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  /** {@code text} as it should be written back: with the byte-order mark when the input had one. */
  public String withByteOrderMark(String newText) {
    return byteOrderMark ? '\uFEFF' + newText : newText;
  }

  /** 1-based line of a char offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of a char offset, counted in code points. */
  public int column(int offset) {
    int start = lineStarts[line(offset) - 1];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }

  /** Char offset of a 0-based line and 0-based code-point column (the YAML parser's marks). */
  public int offset(int line0, int column0) {
    if (line0 >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[line0];
    try {
      return text.offsetByCodePoints(start, column0);
    } catch (IndexOutOfBoundsException e) {
      return text.length();
    }
  }

  /** Offset of the first char of the line holding {@code offset}. */
  public int lineStartOf(int offset) {
    return lineStarts[line(offset) - 1];
  }

  /** Offset of the line break (or end of text) ending the line holding {@code offset}. */
  public int lineEndOf(int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The line separator the text uses: CRLF when its first line break is one, else LF. */
  public String lineSeparator() {
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }
}
