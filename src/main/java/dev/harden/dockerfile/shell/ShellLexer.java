package dev.harden.dockerfile.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits shell text into tokens, POSIX style: operators, words (read by {@link WordReader}),
 * newlines. Comments are skipped; here-document bodies are read when the line that opened them
 * ends, or taken from the {@link ExternalHeredoc}s the Dockerfile supplies.
 */
final class ShellLexer {

  private static final String[] OPERATORS = {
    ";;&", "&>>", "<<<", "<<-", "&&", "||", ";;", ";&", "|&", "&>", "<<", "<>", "<&", ">>", ">&",
    ">|", ";", "&", "|", "(", ")", "<", ">"
  };

  final MappedText text;
  final boolean escapes;
  final ParseState state;
  int pos;
  private final List<ExternalHeredoc> external;
  private final Deque<HeredocBody> pending = new ArrayDeque<>();
  private final List<HeredocBody> all = new ArrayList<>();
  private Token peeked;

  ShellLexer(
      MappedText text, int pos, boolean escapes, ParseState state, List<ExternalHeredoc> external) {
    this.text = text;
    this.pos = pos;
    this.escapes = escapes;
    this.state = state;
    this.external = new ArrayList<>(external);
  }

  Token peek() {
    if (peeked == null) {
      peeked = lex();
    }
    return peeked;
  }

  Token next() {
    Token t = peek();
    peeked = null;
    return t;
  }

  void problem(String message, int index) {
    state.problem(new Problem(message, text.offset(Math.min(index, text.length()))));
  }

  /** Offset in the document of text index {@code i}. */
  int offset(int i) {
    return text.offset(Math.min(i, text.length()));
  }

  /** Records a heredoc whose delimiter was just read; its body is found at the next newline. */
  void heredoc(HeredocBody body) {
    all.add(body);
    for (int i = 0; i < external.size(); i++) {
      if (external.get(i).name().equals(body.delimiter())) {
        body.fill(external.remove(i).body(), true);
        return;
      }
    }
    pending.add(body);
  }

  /** Marks heredocs that never got a body; called once parsing is over. */
  void finish() {
    for (HeredocBody body : all) {
      if (!body.isFilled()) {
        body.fill(MappedText.contiguous("", offset(text.length())), false);
        problem("no body for heredoc <<" + body.delimiter(), text.length());
      }
    }
  }

  private Token lex() {
    skipBlanks();
    if (pos >= text.length()) {
      return new Token(Token.Kind.EOF, "", null, -1, offset(pos), offset(pos));
    }
    char c = text.charAt(pos);
    if (c == '\n') {
      int start = pos++;
      readPendingBodies();
      return new Token(Token.Kind.NEWLINE, "\n", null, -1, offset(start), offset(start) + 1);
    }
    if (c == '(' && startsWith("((")) {
      return wordToken(new WordReader(this).arithmeticCommand());
    }
    if ((c == '<' || c == '>') && startsWith(c + "(")) {
      return wordToken(new WordReader(this).read());
    }
    int fd = -1;
    int digits = pos;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    int opStart = pos;
    if (digits > pos
        && digits < text.length()
        && (text.charAt(digits) == '<' || text.charAt(digits) == '>')
        && digits - pos < 6) {
      fd = Integer.parseInt(text.text().substring(pos, digits));
      pos = digits;
    }
    for (String op : OPERATORS) {
      if (startsWith(op)) {
        pos += op.length();
        return new Token(Token.Kind.OP, op, null, fd, offset(opStart), text.endOffset(pos));
      }
    }
    pos = opStart;
    return wordToken(new WordReader(this).read());
  }

  private Token wordToken(ShellWord word) {
    return new Token(Token.Kind.WORD, "", word, -1, word.start(), word.end());
  }

  private boolean startsWith(String s) {
    return text.text().startsWith(s, pos);
  }

  private void skipBlanks() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
        pos++;
      } else if (c == '\\' && escapes && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** Reads the bodies of the heredocs opened on the line that just ended. */
  private void readPendingBodies() {
    while (!pending.isEmpty()) {
      HeredocBody body = pending.poll();
      MappedText.Builder content = new MappedText.Builder(offset(pos));
      boolean closed = false;
      while (pos < text.length()) {
        int lineEnd = text.text().indexOf('\n', pos);
        int next = lineEnd < 0 ? text.length() : lineEnd + 1;
        int contentEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = pos;
        if (body.stripsTabs()) {
          while (from < contentEnd && text.charAt(from) == '\t') {
            from++;
          }
        }
        int cmpEnd = contentEnd;
        if (cmpEnd > from && text.charAt(cmpEnd - 1) == '\r') {
          cmpEnd--;
        }
        if (text.text().substring(from, cmpEnd).equals(body.delimiter())) {
          pos = next;
          closed = true;
          break;
        }
        content.append(text, from, next);
        pos = next;
      }
      if (!closed) {
        problem("heredoc <<" + body.delimiter() + " is not terminated", pos);
      }
      body.fill(content.build(), closed);
    }
  }
}
