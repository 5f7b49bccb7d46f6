package dev.harden.reach.node;

import dev.harden.reach.node.JsTokens.Kind;
import java.util.Set;

/**
 * A JavaScript tokenizer that gets the hard parts right for finding module loads: comments,
 * string escapes, template literals with nested {@code ${}} (braces are tracked so a {@code }}
 * ends the right thing), and regular expression literals told from division by the previous
 * token (the classic heuristic: after an operand {@code /} divides, elsewhere it starts a regex).
 * Text inside comments, strings, templates and regexes never produces name tokens, so a
 * {@code require('x')} in a comment or string is not a load. Malformed input never throws: an
 * unterminated construct ends at the end of the text (or line, for strings and regexes).
 */
final class JsLexer {

  /** Keywords after which an expression (so a regex) may start. */
  private static final Set<String> EXPRESSION_KEYWORDS = Set.of("return", "typeof",
      "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield",
      "await", "extends");

  /** Nesting of braces deeper than this is not tracked (templates inside stay correct up to it). */
  private static final int MAX_BRACES = 4096;

  private final String src;
  private final int n;
  private final JsTokens tokens;
  /** Open braces: true for a template's {@code ${}, false for an ordinary brace. */
  private final boolean[] braces = new boolean[MAX_BRACES];
  private int depth;
  private int pos;

  private JsLexer(String src) {
    this.src = src;
    this.n = src.length();
    this.tokens = new JsTokens(src);
  }

  static JsTokens tokenize(String source) {
    JsLexer lexer = new JsLexer(source);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    if (src.startsWith("#!")) {
      skipLine();
    }
    while (pos < n) {
      char c = src.charAt(pos);
      if (c <= ' ') {
        pos++;
      } else if (c == '/') {
        char next = peek(1);
        if (next == '/') {
          skipLine();
        } else if (next == '*') {
          int end = src.indexOf("*/", pos + 2);
          pos = end < 0 ? n : end + 2;
        } else if (regexAllowed()) {
          regex();
        } else {
          punct(c);
        }
      } else if (c == '\'' || c == '"') {
        string(c);
      } else if (c == '`') {
        pos++;
        template(true);
      } else if (isIdentStart(c) || (c == '#' && isIdentStart(peek(1)))) {
        name();
      } else if ((c >= '0' && c <= '9') || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
        number();
      } else if (c == '<' && src.startsWith("<!--", pos)) {
        skipLine();
      } else if (c == '-' && src.startsWith("-->", pos) && atLineStart()) {
        skipLine();
      } else if (Character.isWhitespace(c) || c == '\uFEFF') {
        pos++;
      } else {
        punct(c);
      }
    }
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < n ? src.charAt(at) : '\0';
  }

  private boolean atLineStart() {
    for (int i = pos - 1; i >= 0; i--) {
      char c = src.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private void skipLine() {
    int nl = src.indexOf('\n', pos);
    pos = nl < 0 ? n : nl;
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
        || (c > 0x7f && Character.isJavaIdentifierStart(c));
  }

  private static boolean isIdentPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '$' || (c > 0x7f && (Character.isJavaIdentifierPart(c) || c == '\u200c'
        || c == '\u200d'));
  }

  private void name() {
    int start = pos;
    pos++;
    while (pos < n && isIdentPart(src.charAt(pos))) {
      pos++;
    }
    tokens.add(Kind.NAME, start, pos, null);
  }

  private void number() {
    int start = pos;
    while (pos < n) {
      char c = src.charAt(pos);
      if (isIdentPart(c) || c == '.') {
        pos++;
      } else if ((c == '+' || c == '-') && (src.charAt(pos - 1) == 'e'
          || src.charAt(pos - 1) == 'E') && !src.startsWith("0x", start)
          && !src.startsWith("0X", start)) {
        pos++;
      } else {
        break;
      }
    }
    tokens.add(Kind.NUMBER, start, pos, null);
  }

  private void string(char quote) {
    int start = pos;
    pos++;
    StringBuilder value = null;
    int plainFrom = pos;
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == quote) {
        break;
      }
      if (c == '\n') {
        break; // unterminated: a string cannot span lines
      }
      if (c == '\\') {
        if (value == null) {
          value = new StringBuilder();
        }
        value.append(src, plainFrom, pos);
        pos = escape(value, pos + 1);
        plainFrom = pos;
        continue;
      }
      pos++;
    }
    String text = value == null ? src.substring(plainFrom, pos)
        : value.append(src, plainFrom, pos).toString();
    if (pos < n && src.charAt(pos) == quote) {
      pos++;
    }
    tokens.add(Kind.STRING, start, pos, text);
  }

  /** Decodes one escape starting after the backslash; returns the position after it. */
  private int escape(StringBuilder value, int at) {
    if (at >= n) {
      return at;
    }
    char c = src.charAt(at);
    switch (c) {
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'v' -> value.append('\u000b');
      case '0' -> value.append('\0');
      case '\r' -> {
        return at + 1 < n && src.charAt(at + 1) == '\n' ? at + 2 : at + 1;
      }
      case '\n' -> {
        return at + 1;
      }
      case 'x' -> {
        return hex(value, at + 1, 2);
      }
      case 'u' -> {
        if (at + 1 < n && src.charAt(at + 1) == '{') {
          int close = src.indexOf('}', at + 2);
          if (close > 0 && close - at < 10) {
            try {
              value.appendCodePoint(Integer.parseInt(src.substring(at + 2, close), 16));
            } catch (IllegalArgumentException e) {
              // not a code point: keep nothing
            }
            return close + 1;
          }
          return at + 1;
        }
        return hex(value, at + 1, 4);
      }
      default -> value.append(c);
    }
    return at + 1;
  }

  private int hex(StringBuilder value, int at, int digits) {
    if (at + digits <= n) {
      try {
        value.append((char) Integer.parseInt(src.substring(at, at + digits), 16));
        return at + digits;
      } catch (NumberFormatException e) {
        // not hex: fall through
      }
    }
    return at;
  }

  /**
   * Scans template text from {@code pos} (after the backtick or a substitution's closing brace)
   * to the closing backtick or the next {@code ${}.
   */
  private void template(boolean head) {
    int start = pos;
    StringBuilder value = head ? new StringBuilder() : null;
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == '`') {
        pos++;
        tokens.add(head ? Kind.TEMPLATE : Kind.TEMPLATE_END, start, pos,
            head ? value.toString() : null);
        return;
      }
      if (c == '$' && peek(1) == '{') {
        pos += 2;
        if (head) {
          tokens.add(Kind.TEMPLATE_START, start, pos, null);
        }
        pushBrace(true);
        return;
      }
      if (c == '\\') {
        pos = escape(value != null ? value : new StringBuilder(), pos + 1);
        continue;
      }
      if (value != null) {
        value.append(c);
      }
      pos++;
    }
    tokens.add(head ? Kind.TEMPLATE : Kind.TEMPLATE_END, start, pos, null);
  }

  private void pushBrace(boolean template) {
    if (depth < MAX_BRACES) {
      braces[depth] = template;
    }
    depth++;
  }

  private boolean regexAllowed() {
    if (tokens.size() == 0) {
      return true;
    }
    if (tokens.lastIs(Kind.NAME)) {
      return tokens.lastIsName(EXPRESSION_KEYWORDS);
    }
    if (tokens.lastIs(Kind.PUNCT)) {
      return !(tokens.lastIsPunct(")") || tokens.lastIsPunct("]") || tokens.lastIsPunct("++")
          || tokens.lastIsPunct("--"));
    }
    return tokens.lastIs(Kind.TEMPLATE_START);
  }

  private void regex() {
    int start = pos;
    pos++;
    boolean inClass = false;
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == '\n') {
        // not a regex after all: treat the slash as an operator
        pos = start;
        punct('/');
        return;
      }
      if (c == '\\') {
        pos += pos + 1 < n && src.charAt(pos + 1) != '\n' ? 2 : 1;
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        pos++;
        while (pos < n && isIdentPart(src.charAt(pos))) {
          pos++;
        }
        tokens.add(Kind.REGEX, start, pos, null);
        return;
      }
      pos++;
    }
    tokens.add(Kind.REGEX, start, pos, null);
  }

  private void punct(char c) {
    if (c == '{') {
      pushBrace(false);
    } else if (c == '}' && depth > 0) {
      depth--;
      if (depth < MAX_BRACES && braces[depth]) {
        pos++;
        template(false);
        return;
      }
    }
    int length = 1;
    char next = peek(1);
    if ((c == '+' || c == '-') && next == c) {
      length = 2;
    } else if (c == '?' && next == '.' && !(peek(2) >= '0' && peek(2) <= '9')) {
      length = 2;
    } else if (c == '.' && next == '.' && peek(2) == '.') {
      length = 3;
    } else if (c == '=' && next == '>') {
      length = 2;
    }
    tokens.add(Kind.PUNCT, pos, pos + length, null);
    pos += length;
  }
}
