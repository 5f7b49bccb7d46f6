package dev.harden.dockerfile;

import java.util.Arrays;

/** Turns character offsets into line/column positions for one text ({@code \n} ends a line). */
public final class LineIndex {

  private final String text;
  private final int[] lineStarts;

  public LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** Offset of the first character of 1-based {@code line}. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /**
   * Offset just after the last character of {@code line}, before its {@code \r\n} or {@code \n}.
   */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    while (end > lineStart(line)
        && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
      end--;
    }
    return end;
  }

  /** 1-based line of {@code offset} (an offset at the very end belongs to the last line). */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  public SourcePosition position(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    int line = lineOf(offset);
    return new SourcePosition(line, offset - lineStarts[line - 1] + 1, offset);
  }

  public SourceSpan span(int start, int end) {
    return new SourceSpan(position(start), position(end));
  }
}
