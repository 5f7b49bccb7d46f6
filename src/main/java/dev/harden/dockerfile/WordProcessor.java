package dev.harden.dockerfile;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote removal and variable substitution on one Dockerfile word, following BuildKit's {@code
 * shell/lex.go} ({@code ProcessWord}): single quotes are literal; in double quotes the escape
 * character escapes only {@code "}, {@code $} and itself; outside quotes it escapes anything and a
 * trailing one is dropped; {@code $V}, <code>${V}</code>, <code>${V:-x}</code>, <code>${V-x}</code>
 * , <code>${V:+x}</code>, <code>${V+x}</code>, <code>${V:?x}</code>, <code>${V#p}</code>, <code>
 * ${V%p}</code> and <code>${V/p/r}</code> are substituted. A variable whose value is not known is
 * left as written (BuildKit's {@code SkipUnsetEnv}) and reported as unresolved.
 */
final class WordProcessor {

  /** What a variable name stands for. */
  record Binding(boolean known, boolean set, String value) {
    static final Binding UNKNOWN = new Binding(false, false, "");
    static final Binding UNSET = new Binding(true, false, "");

    static Binding of(String value) {
      return new Binding(true, true, value);
    }
  }

  @FunctionalInterface
  interface Lookup {
    Binding find(String name);

    Lookup NOTHING_KNOWN = name -> Binding.UNKNOWN;
  }

  /**
   * The processed word; {@code error} is non-null when BuildKit would reject it (value = input).
   */
  record Result(String value, Set<String> unresolved, String error) {}

  private static final class LexError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LexError(String message) {
      super(message, null, false, false);
    }
  }

  private final String s;
  private final char escape;
  private final boolean rawQuotes;
  private final Lookup lookup;
  private final Set<String> unresolved = new LinkedHashSet<>();
  private int pos;
  private int depth;

  private WordProcessor(String word, char escape, boolean rawQuotes, Lookup lookup) {
    this.s = word;
    this.escape = escape;
    this.rawQuotes = rawQuotes;
    this.lookup = lookup;
  }

  static Result process(String word, char escape, Lookup lookup) {
    return run(new WordProcessor(word, escape, false, lookup));
  }

  /** Quote and escape removal only; every variable reference is kept as written. */
  static String unquote(String word, char escape) {
    Result r = process(word, escape, Lookup.NOTHING_KNOWN);
    return r.error() == null ? r.value() : word;
  }

  /** Like {@link #unquote} but keeping the quote characters (BuildKit's {@code RawQuotes}). */
  static Result keepQuotes(String word, char escape) {
    return run(new WordProcessor(word, escape, true, Lookup.NOTHING_KNOWN));
  }

  private static Result run(WordProcessor p) {
    try {
      String value = p.until((char) 0, false);
      return new Result(value, p.unresolved, null);
    } catch (LexError e) {
      return new Result(p.s, p.unresolved, e.getMessage());
    }
  }

  private boolean atEnd() {
    return pos >= s.length();
  }

  private String until(char stop, boolean rawEscapes) {
    if (++depth > 50) {
      throw new LexError("substitutions nested too deeply");
    }
    try {
      return untilStop(stop, rawEscapes);
    } finally {
      depth--;
    }
  }

  private String untilStop(char stop, boolean rawEscapes) {
    StringBuilder out = new StringBuilder();
    while (!atEnd()) {
      char ch = s.charAt(pos);
      if (stop != 0 && ch == stop) {
        pos++;
        return out.toString();
      }
      if (ch == '$') {
        out.append(dollar());
      } else if (ch == '\'') {
        out.append(singleQuoted());
      } else if (ch == '"') {
        out.append(doubleQuoted());
      } else {
        pos++;
        if (ch == escape) {
          if (rawEscapes) {
            out.append(ch);
          }
          if (atEnd()) {
            break;
          }
          ch = s.charAt(pos++);
        }
        out.append(ch);
      }
    }
    if (stop != 0) {
      throw new LexError("unexpected end of statement while looking for matching " + stop);
    }
    return out.toString();
  }

  private String singleQuoted() {
    int close = s.indexOf('\'', pos + 1);
    if (close < 0) {
      throw new LexError("unexpected end of statement while looking for matching single-quote");
    }
    String inside = s.substring(pos + 1, close);
    pos = close + 1;
    return rawQuotes ? "'" + inside + "'" : inside;
  }

  private String doubleQuoted() {
    StringBuilder out = new StringBuilder();
    pos++;
    if (rawQuotes) {
      out.append('"');
    }
    while (true) {
      if (atEnd()) {
        throw new LexError("unexpected end of statement while looking for matching double-quote");
      }
      char ch = s.charAt(pos);
      if (ch == '"') {
        pos++;
        if (rawQuotes) {
          out.append('"');
        }
        return out.toString();
      }
      if (ch == '$') {
        out.append(dollar());
        continue;
      }
      pos++;
      if (ch == escape) {
        if (atEnd()) {
          continue;
        }
        char next = s.charAt(pos);
        if (next == '"' || next == '$' || next == escape) {
          ch = s.charAt(pos++);
        }
      }
      out.append(ch);
    }
  }

  private String dollar() {
    pos++;
    if (atEnd() || s.charAt(pos) != '{') {
      String name = name();
      if (name.isEmpty()) {
        return "$";
      }
      Binding b = lookup.find(name);
      if (!b.known()) {
        unresolved.add(name);
        return "$" + name;
      }
      return b.value();
    }
    pos++;
    if (atEnd()) {
      throw new LexError("syntax error: missing '}'");
    }
    char first = s.charAt(pos);
    if (first == '{' || first == '}' || first == ':') {
      throw new LexError("syntax error: bad substitution");
    }
    String name = name();
    if (atEnd()) {
      throw new LexError("syntax error: missing '}'");
    }
    char ch = s.charAt(pos++);
    if (ch == '}') {
      Binding b = lookup.find(name);
      if (!b.known()) {
        unresolved.add(name);
        return "${" + name + "}";
      }
      return b.value();
    }
    boolean nullIsUnset = false;
    String modifier = String.valueOf(ch);
    if (ch == ':') {
      if (atEnd()) {
        throw new LexError("syntax error: missing '}'");
      }
      nullIsUnset = true;
      ch = s.charAt(pos++);
      modifier += ch;
    }
    if (ch == '/' && !nullIsUnset) {
      return replace(name);
    }
    if ("+-?#%".indexOf(ch) < 0) {
      throw new LexError("unsupported modifier (" + modifier + ") in substitution");
    }
    String word = until('}', ch == '#' || ch == '%');
    Binding b = lookup.find(name);
    if (!b.known()) {
      unresolved.add(name);
      return "${" + name + modifier + word + "}";
    }
    boolean empty = !b.set() || (nullIsUnset && b.value().isEmpty());
    switch (ch) {
      case '-':
        return empty ? word : b.value();
      case '+':
        return empty ? "" : word;
      case '?':
        if (empty) {
          throw new LexError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
        }
        return b.value();
      default:
        if (b.value().length() > 4096) {
          throw new LexError("value of " + name + " is too long for a pattern substitution");
        }
        boolean greedy = !word.isEmpty() && word.charAt(0) == ch;
        return trim(b.value(), greedy ? word.substring(1) : word, ch == '#', greedy);
    }
  }

  private String replace(String name) {
    boolean all = !atEnd() && s.charAt(pos) == '/';
    if (all) {
      pos++;
    }
    String pattern = until('/', true);
    String replacement = until('}', true);
    Binding b = lookup.find(name);
    if (!b.known()) {
      unresolved.add(name);
      return "${" + name + "/" + (all ? "/" : "") + pattern + "/" + replacement + "}";
    }
    Matcher m = shellPattern(pattern, true, false).matcher(b.value());
    if (all) {
      return m.replaceAll(Matcher.quoteReplacement(replacement));
    }
    return m.find()
        ? b.value().substring(0, m.start()) + replacement + b.value().substring(m.end())
        : b.value();
  }

  private static String trim(String value, String pattern, boolean prefix, boolean greedy) {
    if (prefix) {
      Matcher m = shellPattern(pattern, greedy, true).matcher(value);
      return m.find() ? value.substring(m.end()) : value;
    }
    // shortest/longest suffix: try every start position, from the end (shortest) or the front
    // (longest)
    Pattern p = shellPattern(pattern, true, false);
    if (greedy) {
      for (int i = 0; i <= value.length(); i++) {
        if (p.matcher(value.substring(i)).matches()) {
          return value.substring(0, i);
        }
      }
    } else {
      for (int i = value.length(); i >= 0; i--) {
        if (p.matcher(value.substring(i)).matches()) {
          return value.substring(0, i);
        }
      }
    }
    return value;
  }

  /** A shell wildcard pattern ({@code *}, {@code ?}, escapes) as a regular expression. */
  private static Pattern shellPattern(String pattern, boolean greedy, boolean anchored) {
    StringBuilder re = new StringBuilder(anchored ? "^" : "");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        re.append(greedy ? ".*" : ".*?");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  private String name() {
    StringBuilder name = new StringBuilder();
    while (!atEnd()) {
      char ch = s.charAt(pos);
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (!atEnd() && Character.isDigit(s.charAt(pos))) {
          name.append(s.charAt(pos++));
        }
        return name.toString();
      }
      if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        pos++;
        return String.valueOf(ch);
      }
      if (!Character.isLetterOrDigit(ch) && ch != '_') {
        break;
      }
      name.append(ch);
      pos++;
    }
    return name.toString();
  }
}
