package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the {@code <<NAME} words of an instruction line as BuildKit's {@code heredocsFromLine}
 * does: the whole line is split into shell words (quotes and backslash escapes kept, whatever the
 * escape directive says), and each word of the form {@code [n]<<[-]NAME} opens a heredoc. A line
 * with an unterminated quote has none (BuildKit ignores the lexing error there).
 */
final class HeredocMarkers {

  record Marker(String name, int fd, boolean expand, boolean chomp, int start, int end) {}

  private HeredocMarkers() {}

  static List<Marker> find(LogicalLine line, int from, int to) {
    List<Marker> markers = new ArrayList<>();
    if (!line.substring(from, to).contains("<<")) {
      return markers;
    }
    for (ArgWords.Range w : words(line, from, to)) {
      Matcher m = Heredocs.WORD.matcher(line.substring(w.start(), w.end()));
      if (!m.matches() || m.group(3).isEmpty()) {
        continue;
      }
      String rest = m.group(3);
      WordProcessor.Result plain =
          WordProcessor.process(rest, '\\', WordProcessor.Lookup.NOTHING_KNOWN);
      WordProcessor.Result raw = WordProcessor.keepQuotes(rest, '\\');
      if (plain.error() != null || raw.error() != null || plain.value().isEmpty()) {
        continue;
      }
      boolean expand = quotes(plain.value()) == quotes(raw.value());
      int fd =
          m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1).length() > 9 ? "0" : m.group(1));
      markers.add(
          new Marker(plain.value(), fd, expand, m.group(2).equals("-"), w.start(), w.end()));
    }
    return markers;
  }

  private static int quotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  /** Shell words of the line with their ranges; empty when a quote is not closed. */
  private static List<ArgWords.Range> words(LogicalLine line, int from, int to) {
    List<ArgWords.Range> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (GoText.isSpace(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && !GoText.isSpace(line.charAt(i))) {
        char c = line.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == '\'' || c == '"') {
          int close = closing(line, i, to, c);
          if (close < 0) {
            return List.of();
          }
          i = close + 1;
        } else if (c == '$' && i + 1 < to && line.charAt(i + 1) == '{') {
          int close = line.text.text().indexOf('}', i);
          if (close < 0 || close >= to) {
            return List.of();
          }
          i = close + 1;
        } else {
          i++;
        }
      }
      words.add(new ArgWords.Range(start, Math.min(i, to)));
    }
    return words;
  }

  private static int closing(LogicalLine line, int open, int to, char quote) {
    for (int i = open + 1; i < to; i++) {
      char c = line.charAt(i);
      if (c == '\\' && quote == '"') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }
}
