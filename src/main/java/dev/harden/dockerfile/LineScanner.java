package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.MappedText;
import dev.harden.io.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads physical lines into instructions the way BuildKit's {@code parser.Parse} does: parser
 * directives while they come first, comment and empty lines skipped, continuation lines joined with
 * the active escape character (comment and blank lines inside a continuation dropped, not ending
 * it), then the bodies of the heredocs the instruction opened.
 */
final class LineScanner {

  /** One instruction's logical line, where it sits, and its heredocs. */
  record Scanned(LogicalLine line, int firstLine, int start, int end, List<Heredoc> heredocs) {}

  record Result(
      List<Directive> directives,
      List<Comment> comments,
      List<ParseWarning> warnings,
      List<Scanned> instructions,
      char escape) {}

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "^([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*$");
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");

  private final String source;
  private final String text;
  private final LineIndex lines;
  private final List<Directive> directives = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<Scanned> instructions = new ArrayList<>();
  private char escape = '\\';
  private boolean directivesDone;
  private final Set<String> seen = new HashSet<>();

  // the current physical line
  private int next;
  private int lineNo;
  private int lineStart;
  private int contentEnd;

  LineScanner(String source, String text, LineIndex lines) {
    this.source = source;
    this.text = text;
    this.lines = lines;
  }

  Result scan() throws InputException {
    while (readLine()) {
      int lead = skipSpace(lineStart);
      if (!directivesDone && directive(lead)) {
        continue;
      }
      if (lead < contentEnd && text.charAt(lead) == '#') {
        comments.add(comment(lead, false));
        continue;
      }
      if (lead == contentEnd) {
        continue;
      }
      instruction(lead);
    }
    return new Result(directives, comments, warnings, instructions, escape);
  }

  /** Moves to the next physical line (BuildKit's scanner: a final line without newline counts). */
  private boolean readLine() {
    if (next >= text.length()) {
      return false;
    }
    lineStart = next;
    int nl = text.indexOf('\n', lineStart);
    contentEnd = nl < 0 ? text.length() : nl;
    next = nl < 0 ? text.length() : nl + 1;
    while (contentEnd > lineStart && text.charAt(contentEnd - 1) == '\r') {
      contentEnd--;
    }
    lineNo++;
    return true;
  }

  private int skipSpace(int from) {
    while (from < contentEnd && GoText.isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Handles a parser directive line; true when the line was one. */
  private boolean directive(int lead) throws InputException {
    if (lead >= contentEnd || text.charAt(lead) != '#') {
      directivesDone = true;
      return false;
    }
    int body = lead + 1;
    while (body < contentEnd && GoText.isSpace(text.charAt(body))) {
      body++;
    }
    Matcher m = DIRECTIVE.matcher(text.substring(body, contentEnd));
    String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    if (!DIRECTIVES.contains(key)) {
      directivesDone = true;
      return false;
    }
    if (!seen.add(key)) {
      throw new InputException(source, lineNo, "only one " + key + " parser directive can be used");
    }
    String value = m.group(2);
    if (key.equals("escape")) {
      if (!value.equals("`") && !value.equals("\\")) {
        throw new InputException(
            source, lineNo, "invalid escape token '" + value + "' does not match ` or \\");
      }
      escape = value.charAt(0);
    }
    directives.add(new Directive(key, value, lines.span(lead, contentEnd)));
    return true;
  }

  private Comment comment(int hash, boolean inside) {
    String body = text.substring(hash + 1, contentEnd).strip();
    return new Comment(body, lines.span(hash, contentEnd), inside);
  }

  private void instruction(int lead) throws InputException {
    int firstLine = lineNo;
    MappedText.Builder logical = new MappedText.Builder(lead);
    boolean continued = appendSegment(logical, lead);
    int end = contentEnd;
    boolean emptyContinuation = false;
    while (continued && readLine()) {
      int l = skipSpace(lineStart);
      if (l < contentEnd && text.charAt(l) == '#') {
        comments.add(comment(l, true));
        continue;
      }
      if (l == contentEnd) {
        emptyContinuation = true;
        continue;
      }
      continued = appendSegment(logical, lineStart);
      end = contentEnd;
    }
    if (emptyContinuation) {
      warnings.add(new ParseWarning("empty continuation line", firstLine));
    }
    LogicalLine line = new LogicalLine(logical.build(), lines);
    List<Heredoc> heredocs = new ArrayList<>();
    if (HeredocSupport.applies(line)) {
      for (HeredocMarkers.Marker m : HeredocMarkers.find(line, 0, line.length())) {
        heredocs.add(body(m, line, firstLine));
      }
    }
    instructions.add(new Scanned(line, firstLine, lead, end, heredocs));
  }

  /**
   * Appends the line from {@code from}, minus a trailing escape character (plus the blanks after
   * it) that continues the instruction: the last non-blank character is the escape and is not
   * itself escaped. Returns whether the instruction continues.
   */
  private boolean appendSegment(MappedText.Builder logical, int from) {
    int last = contentEnd - 1;
    while (last >= from && (text.charAt(last) == ' ' || text.charAt(last) == '\t')) {
      last--;
    }
    boolean continues =
        last >= from
            && text.charAt(last) == escape
            && (last == from || text.charAt(last - 1) != escape);
    int to = continues ? last : contentEnd;
    for (int i = from; i < to; i++) {
      logical.append(text.charAt(i), i);
    }
    return continues;
  }

  private Heredoc body(HeredocMarkers.Marker marker, LogicalLine line, int firstLine)
      throws InputException {
    int bodyStart = next;
    while (readLine()) {
      int from = lineStart;
      if (marker.chomp()) {
        while (from < contentEnd && text.charAt(from) == '\t') {
          from++;
        }
      }
      if (text.substring(from, contentEnd).equals(marker.name())) {
        return new Heredoc(
            marker.name(),
            marker.fd(),
            marker.expand(),
            marker.chomp(),
            text.substring(bodyStart, lineStart),
            line.span(marker.start(), marker.end()),
            lines.span(bodyStart, lineStart),
            lines.span(lineStart, contentEnd));
      }
    }
    throw new InputException(
        source,
        firstLine,
        "unterminated heredoc <<"
            + marker.name()
            + ": no line '"
            + marker.name()
            + "' before the end of the file");
  }
}
