package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** The two ways BuildKit splits instruction arguments into words, with logical ranges. */
final class ArgWords {

  /** A word's logical range. */
  record Range(int start, int end) {}

  private ArgWords() {}

  /**
   * BuildKit's {@code reWhitespace.Split}: runs of {@code [\t\v\f\r ]} separate words, quotes mean
   * nothing ({@code COPY "a b" c} gives {@code "a}, {@code b"}, {@code c}, as in BuildKit).
   */
  static List<Range> whitespace(LogicalLine line, int from, int to) {
    List<Range> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && GoText.isTokenSpace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !GoText.isTokenSpace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(new Range(start, i));
      }
    }
    return words;
  }

  /**
   * BuildKit's {@code parseWords} (for {@code ENV}, {@code LABEL}, {@code ARG}): whitespace
   * separates words except inside quotes; the escape character protects the next character. The
   * words keep their quotes and escapes, so each is a contiguous range of the line.
   */
  static List<Range> quoted(LogicalLine line, int from, int to, char escape) {
    final int spaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    List<Range> words = new ArrayList<>();
    int phase = spaces;
    char quote = 0;
    boolean blankOk = false;
    int length = 0;
    int start = from;
    int pos = from;
    while (pos <= to) {
      char ch = pos < to ? line.charAt(pos) : 0;
      if (phase == spaces) {
        if (pos == to) {
          break;
        }
        if (GoText.isSpace(ch)) {
          pos++;
          continue;
        }
        phase = inWord;
        start = pos;
      }
      if (pos == to) {
        if (blankOk || length > 0) {
          words.add(new Range(start, to));
        }
        break;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = spaces;
          if (blankOk || length > 0) {
            words.add(new Range(start, pos));
          }
          length = 0;
          blankOk = false;
          pos++;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
        }
        if (ch == escape) {
          if (pos + 1 == to) {
            pos++;
            continue;
          }
          pos++;
          length++;
        }
      } else {
        if (ch == quote) {
          phase = inWord;
        }
        if (ch == escape && quote != '\'') {
          if (pos + 1 == to) {
            phase = inWord;
            pos++;
            continue;
          }
          pos++;
          length++;
        }
      }
      length++;
      pos++;
    }
    return words;
  }
}
