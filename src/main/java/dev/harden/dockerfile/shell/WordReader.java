package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one shell word from the lexer's position: quotes are removed from the value, expansions
 * ({@code $X}, <code>${X}</code>, {@code $(..)}, backticks, {@code $((..))}) are kept as written
 * and make the word non-literal; command substitutions are parsed so their commands are visible.
 */
final class WordReader {

  private final ShellLexer lx;
  private final MappedText t;
  private final int start;
  private final MappedText.Builder value;
  private final List<Sequence> substitutions = new ArrayList<>();
  private boolean literal = true;
  private boolean quoted;
  private boolean complete = true;

  WordReader(ShellLexer lexer) {
    this.lx = lexer;
    this.t = lexer.text;
    this.start = lexer.pos;
    this.value = new MappedText.Builder(lexer.offset(lexer.pos));
  }

  ShellWord read() {
    while (lx.pos < t.length()) {
      char c = t.charAt(lx.pos);
      if (isBreak(c)) {
        if ((c == '<' || c == '>') && at(lx.pos + 1) == '(' && lx.pos == start) {
          commandSubstitution(lx.pos, 2);
          continue;
        }
        if (c == '(' && isArrayAssignmentSoFar()) {
          balanced('(', ')');
          continue;
        }
        break;
      }
      if (c == '\\' && lx.escapes) {
        escape();
      } else if (c == '\'') {
        singleQuoted();
      } else if (c == '"') {
        doubleQuoted();
      } else if (c == '$') {
        dollar(false);
      } else if (c == '`') {
        backtick();
      } else {
        value.append(c, t.offset(lx.pos++));
      }
    }
    return build();
  }

  /** {@code (( expr ))} as a command: one non-literal word. */
  ShellWord arithmeticCommand() {
    balanced('(', ')');
    literal = false;
    return build();
  }

  private ShellWord build() {
    int end = lx.pos == start ? lx.offset(start) : t.endOffset(lx.pos);
    String raw = t.text().substring(start, lx.pos);
    return new ShellWord(
        raw, value.build(), lx.offset(start), end, literal, quoted, complete, substitutions);
  }

  private static boolean isBreak(char c) {
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case ';':
      case '&':
      case '|':
      case '(':
      case ')':
      case '<':
      case '>':
        return true;
      default:
        return false;
    }
  }

  private char at(int i) {
    return i < t.length() ? t.charAt(i) : '\0';
  }

  private boolean isArrayAssignmentSoFar() {
    String soFar = t.text().substring(start, lx.pos);
    return soFar.matches("[A-Za-z_][A-Za-z0-9_]*\\+?=");
  }

  private void escape() {
    if (lx.pos + 1 >= t.length()) {
      value.append('\\', t.offset(lx.pos++));
      return;
    }
    char next = t.charAt(lx.pos + 1);
    if (next != '\n') {
      value.append(next, t.offset(lx.pos + 1));
      quoted = true;
    }
    lx.pos += 2;
  }

  private void singleQuoted() {
    quoted = true;
    int close = t.text().indexOf('\'', lx.pos + 1);
    if (close < 0) {
      unterminated("single quote", lx.pos);
      close = t.length();
    }
    value.append(t, lx.pos + 1, close);
    lx.pos = Math.min(close + 1, t.length());
  }

  private void doubleQuoted() {
    quoted = true;
    int open = lx.pos++;
    while (lx.pos < t.length()) {
      char c = t.charAt(lx.pos);
      if (c == '"') {
        lx.pos++;
        return;
      }
      if (c == '\\' && lx.escapes && lx.pos + 1 < t.length()) {
        char next = t.charAt(lx.pos + 1);
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          value.append(next, t.offset(lx.pos + 1));
          lx.pos += 2;
        } else if (next == '\n') {
          lx.pos += 2;
        } else {
          value.append(c, t.offset(lx.pos++));
        }
      } else if (c == '$') {
        dollar(true);
      } else if (c == '`') {
        backtick();
      } else {
        value.append(c, t.offset(lx.pos++));
      }
    }
    unterminated("double quote", open);
  }

  private void dollar(boolean inDoubleQuotes) {
    int from = lx.pos;
    char next = at(from + 1);
    if (next == '\'' && !inDoubleQuotes) {
      lx.pos++;
      singleQuoted(); // ANSI-C quoting: escapes inside are rare in Dockerfiles, kept as written
      return;
    }
    if (next == '"' && !inDoubleQuotes) {
      lx.pos++;
      doubleQuoted();
      return;
    }
    if (next == '(' && at(from + 2) == '(') {
      value.append(t, from, from + 1);
      lx.pos++;
      balanced('(', ')');
      literal = false;
      return;
    }
    if (next == '(') {
      commandSubstitution(from, 2);
      return;
    }
    if (next == '{') {
      value.append(t, from, from + 1);
      lx.pos++;
      balanced('{', '}');
      literal = false;
      return;
    }
    int end = from + 1;
    if (Character.isLetter(next) || next == '_') {
      while (end < t.length()
          && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '_')) {
        end++;
      }
    } else if (next != '\0' && (Character.isDigit(next) || "@*#?-$!".indexOf(next) >= 0)) {
      end++;
    }
    if (end > from + 1) {
      literal = false;
    }
    value.append(t, from, end);
    lx.pos = end;
  }

  /**
   * Appends a bracketed run ({@code (..)}, <code>{..}</code>) starting at the lexer's position as
   * written, skipping escaped brackets (and single-quoted ones inside <code>${..}</code>).
   */
  private void balanced(char open, char close) {
    int from = lx.pos;
    int depth = 0;
    int i = from;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '\\' && lx.escapes) {
        i += 2;
        continue;
      }
      if (c == '\'' && open == '{') {
        int q = t.text().indexOf('\'', i + 1);
        i = q < 0 ? t.length() : q + 1;
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
        if (depth == 0) {
          i++;
          break;
        }
      }
      i++;
    }
    if (depth > 0) {
      unterminated("'" + open + "'", from);
    }
    i = Math.min(i, t.length());
    value.append(t, from, i);
    lx.pos = i;
  }

  /** {@code $(..)} or {@code <(..)} / {@code >(..)}: parsed, kept as written in the value. */
  private void commandSubstitution(int from, int openLength) {
    if (lx.state.atLimit()) {
      lx.problem("commands nested too deeply; the rest is not analysed", from);
      value.append(t, from, from + openLength - 1);
      lx.pos = from + openLength - 1;
      balanced('(', ')');
      literal = false;
      complete = false;
      return;
    }
    ShellParser.Nested nested = ShellParser.parseNested(t, from + openLength, lx.escapes, lx.state);
    substitutions.add(nested.body());
    if (!nested.closed()) {
      complete = false;
    }
    value.append(t, from, nested.end());
    lx.pos = nested.end();
    literal = false;
  }

  private void backtick() {
    int open = lx.pos;
    MappedText.Builder inner = new MappedText.Builder(lx.offset(open + 1));
    int i = open + 1;
    boolean closed = false;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '`') {
        closed = true;
        i++;
        break;
      }
      if (c == '\\' && i + 1 < t.length() && "`\\$".indexOf(t.charAt(i + 1)) >= 0) {
        inner.append(t.charAt(i + 1), t.offset(i + 1));
        i += 2;
        continue;
      }
      inner.append(c, t.offset(i));
      i++;
    }
    if (!closed) {
      unterminated("backquote", open);
    }
    if (lx.state.atLimit()) {
      lx.problem("commands nested too deeply; the rest is not analysed", open);
    } else {
      substitutions.add(ShellParser.parseAll(inner.build(), lx.escapes, lx.state));
    }
    value.append(t, open, i);
    lx.pos = i;
    literal = false;
  }

  private void unterminated(String what, int at) {
    complete = false;
    lx.problem("unterminated " + what, at);
  }
}
