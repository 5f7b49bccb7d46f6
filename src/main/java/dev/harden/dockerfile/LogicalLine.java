package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.MappedText;

/**
 * An instruction as BuildKit reads it (continuation lines joined) together with the source offset
 * of every character, so that anything found in it gets an exact span in the file.
 */
final class LogicalLine {

  final MappedText text;
  private final LineIndex lines;

  LogicalLine(MappedText text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  String substring(int from, int to) {
    return text.text().substring(from, to);
  }

  /**
   * Source offset of logical index {@code i} (an index at the end maps just after the last
   * character).
   */
  int offset(int i) {
    return i < text.length() ? text.offset(i) : text.endOffset(text.length());
  }

  SourceSpan span(int from, int to) {
    int start = offset(from);
    int end = to > from ? text.endOffset(to) : start;
    return lines.span(start, end);
  }

  MappedText mapped(int from, int to) {
    return text.slice(from, to);
  }

  Word word(int from, int to, String value) {
    return new Word(substring(from, to), value, span(from, to));
  }

  /** Index of the first non-space character at or after {@code from}, before {@code to}. */
  int skipSpace(int from, int to) {
    while (from < to && GoText.isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Index just after the last non-space character before {@code to}, not before {@code from}. */
  int trimEnd(int from, int to) {
    while (to > from && GoText.isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
