package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code splitCommand} and {@code extractBuilderFlags}: the keyword, then leading words
 * that start with {@code --} are flags (quotes removed, backslash escapes; a lone {@code --} ends
 * the flags and is dropped), then the arguments, trimmed.
 */
final class CommandSplitter {

  /** A flag word: its logical range and its text after quote and escape removal. */
  record RawFlag(int start, int end, String text) {}

  record Split(int keywordStart, int keywordEnd, List<RawFlag> flags, int argsStart, int argsEnd) {}

  private CommandSplitter() {}

  static Split split(LogicalLine line, int from, int to) {
    int start = line.skipSpace(from, to);
    int end = line.trimEnd(start, to);
    int kwEnd = start;
    while (kwEnd < end && !GoText.isTokenSpace(line.charAt(kwEnd))) {
      kwEnd++;
    }
    int rest = kwEnd;
    while (rest < end && GoText.isTokenSpace(line.charAt(rest))) {
      rest++;
    }
    List<RawFlag> flags = new ArrayList<>();
    int args = extractFlags(line, rest, end, flags);
    int argsStart = line.skipSpace(args, end);
    return new Split(start, kwEnd, flags, argsStart, line.trimEnd(argsStart, end));
  }

  /** Reads flags from {@code from}; returns where the arguments start. */
  private static int extractFlags(LogicalLine line, int from, int end, List<RawFlag> flags) {
    final int spaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = spaces;
    StringBuilder word = new StringBuilder();
    boolean blankOk = false;
    char quote = 0;
    int wordStart = from;
    for (int pos = from; pos <= end; pos++) {
      char ch = pos < end ? line.charAt(pos) : 0;
      if (phase == spaces) {
        if (pos == end) {
          return end;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == end || line.charAt(pos + 1) != '-') {
          return pos;
        }
        phase = inWord;
        wordStart = pos;
      }
      if (pos == end) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          flags.add(new RawFlag(wordStart, end, word.toString()));
        }
        return end;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = spaces;
          if (word.toString().equals("--")) {
            return pos;
          }
          if (blankOk || word.length() > 0) {
            flags.add(new RawFlag(wordStart, pos, word.toString()));
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == end) {
            continue;
          }
          ch = line.charAt(++pos);
        }
        word.append(ch);
      } else {
        if (ch == quote) {
          phase = inWord;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == end) {
            phase = inWord;
            continue;
          }
          ch = line.charAt(++pos);
        }
        word.append(ch);
      }
    }
    return end;
  }
}
