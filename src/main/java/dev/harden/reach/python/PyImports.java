package dev.harden.reach.python;

import java.util.ArrayList;
import java.util.List;

/**
 * The imports of one Python source, read with a tokenizer that skips comments and every kind of
 * string (prefixes, triple quotes, f-strings with nested expressions) and joins lines inside
 * brackets or after a backslash: {@code import a.b as c, d}, {@code from x.y import z} (z may be a
 * submodule), relative {@code from . import m}, and calls of {@code importlib.import_module} or
 * {@code __import__} (constant names are followed, others leave the closure open). Imports inside
 * functions, conditions and {@code try} blocks count: they may run.
 */
record PyImports(List<Import> imports, List<Dynamic> dynamic, List<String> processCalls) {

  /**
   * One import.
   *
   * @param module the dotted module name, without leading dots
   * @param level leading dots of a relative import (0 for absolute)
   * @param names the names after {@code from ... import} (may be submodules); empty for {@code
   *     import x}, {@code ["*"]} for a star import
   */
  record Import(String module, int level, List<String> names, int line) {}

  record Dynamic(int line, String form) {}

  /** A token: NAME, OP, STRING (value decoded for plain strings), NEWLINE. */
  private record Tok(char kind, String text, int line) {
    boolean is(char k, String t) {
      return kind == k && text.equals(t);
    }
  }

  static PyImports of(String source) {
    List<Tok> toks = tokenize(source);
    List<Import> imports = new ArrayList<>();
    List<Dynamic> dynamic = new ArrayList<>();
    List<String> process = new ArrayList<>();
    boolean statementStart = true;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.kind == 'L' || t.is('O', ";") || t.is('O', ":")) {
        statementStart = true;
        continue;
      }
      boolean start = statementStart;
      statementStart = false;
      if (t.kind != 'N') {
        continue;
      }
      Tok prev = i > 0 ? toks.get(i - 1) : null;
      boolean member = prev != null && prev.is('O', ".");
      if (start && t.text.equals("import")) {
        i = plainImport(toks, i + 1, imports);
      } else if (start && t.text.equals("from")) {
        i = fromImport(toks, i + 1, imports);
      } else if ((t.text.equals("import_module") || (t.text.equals("__import__") && !member))
          && i + 1 < toks.size() && toks.get(i + 1).is('O', "(")) {
        Tok arg = i + 2 < toks.size() ? toks.get(i + 2) : null;
        Tok after = i + 3 < toks.size() ? toks.get(i + 3) : null;
        if (arg != null && arg.kind == 'S' && after != null
            && (after.is('O', ")") || after.is('O', ","))
            && !arg.text.startsWith(".")) {
          imports.add(new Import(arg.text, 0, List.of(), t.line));
        } else {
          dynamic.add(new Dynamic(t.line, t.text + "() of a name that is not a constant"));
        }
      } else if (member && prev != null && i >= 2 && toks.get(i - 2).is('N', "os")
          && (t.text.equals("system") || t.text.equals("popen") || t.text.startsWith("exec")
          || t.text.startsWith("spawn") || t.text.equals("posix_spawn"))) {
        process.add("os." + t.text + " (line " + t.line + ")");
      }
    }
    return new PyImports(imports, dynamic, process);
  }

  private static int plainImport(List<Tok> toks, int i, List<Import> out) {
    int line = i < toks.size() ? toks.get(i).line : 0;
    while (i < toks.size()) {
      StringBuilder name = new StringBuilder();
      while (i < toks.size() && (toks.get(i).kind == 'N' || toks.get(i).is('O', "."))) {
        name.append(toks.get(i).text);
        i++;
      }
      if (name.length() > 0) {
        out.add(new Import(name.toString(), 0, List.of(), line));
      }
      if (i < toks.size() && toks.get(i).is('N', "as")) {
        i += 2;
      }
      if (i < toks.size() && toks.get(i).is('O', ",")) {
        i++;
        continue;
      }
      break;
    }
    return i - 1;
  }

  private static int fromImport(List<Tok> toks, int i, List<Import> out) {
    int line = i < toks.size() ? toks.get(i).line : 0;
    int level = 0;
    StringBuilder module = new StringBuilder();
    while (i < toks.size() && (toks.get(i).is('O', ".") || toks.get(i).is('O', "..."))) {
      level += toks.get(i).text.length();
      i++;
    }
    while (i < toks.size() && (toks.get(i).kind == 'N' && !toks.get(i).text.equals("import")
        || toks.get(i).is('O', "."))) {
      module.append(toks.get(i).text);
      i++;
    }
    if (i >= toks.size() || !toks.get(i).is('N', "import")) {
      return i - 1;
    }
    i++;
    List<String> names = new ArrayList<>();
    boolean paren = i < toks.size() && toks.get(i).is('O', "(");
    if (paren) {
      i++;
    }
    while (i < toks.size()) {
      Tok t = toks.get(i);
      if (t.is('O', "*")) {
        names.add("*");
      } else if (t.kind == 'N' && !t.text.equals("as")) {
        names.add(t.text);
        if (i + 2 < toks.size() && toks.get(i + 1).is('N', "as")) {
          i += 2;
        }
      } else if (t.is('O', ")") || (!paren && !t.is('O', ","))) {
        break;
      }
      i++;
    }
    out.add(new Import(module.toString(), level, names, line));
    return i - 1;
  }

  /** Tokens: N name, O operator, S string, L logical end of line. */
  private static List<Tok> tokenize(String src) {
    List<Tok> out = new ArrayList<>();
    int pos = 0;
    int line = 1;
    int depth = 0;
    int n = src.length();
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == '\n') {
        if (depth == 0) {
          out.add(new Tok('L', "", line));
        }
        line++;
        pos++;
      } else if (c == '\\' && pos + 1 < n && src.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
      } else if (c == '#') {
        while (pos < n && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (Character.isLetter(c) || c == '_' || c > 0x7f) {
        int start = pos;
        while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
            || src.charAt(pos) > 0x7f)) {
          pos++;
        }
        String word = src.substring(start, pos);
        if (pos < n && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && word.length() <= 3
            && word.toLowerCase(java.util.Locale.ROOT).matches("[rbuf]{1,3}")) {
          int[] end = string(src, pos, word.toLowerCase(java.util.Locale.ROOT));
          String value = end[2] == 1 ? src.substring(pos + end[3], end[0] - end[3]) : null;
          out.add(new Tok('S', value == null || word.toLowerCase(java.util.Locale.ROOT)
              .contains("f") ? "" : value, line));
          line += end[1];
          pos = end[0];
        } else {
          out.add(new Tok('N', word, line));
        }
      } else if (c == '\'' || c == '"') {
        int[] end = string(src, pos, "");
        String value = end[2] == 1 ? src.substring(pos + end[3], end[0] - end[3]) : "";
        out.add(new Tok('S', value.indexOf('\\') >= 0 ? "" : value, line));
        line += end[1];
        pos = end[0];
      } else if (Character.isDigit(c)) {
        while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
            || src.charAt(pos) == '_')) {
          pos++;
        }
      } else {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
          depth--;
        }
        if (c == '.' && src.startsWith("...", pos)) {
          out.add(new Tok('O', "...", line));
          pos += 3;
        } else {
          out.add(new Tok('O', String.valueOf(c), line));
          pos++;
        }
      }
    }
    return out;
  }

  /**
   * Scans a string literal at {@code pos} (the opening quote). Returns {end, newlines, 1 when
   * the literal's value is the plain text between quotes else 0, quote length}.
   */
  private static int[] string(String src, int pos, String prefix) {
    char q = src.charAt(pos);
    boolean triple = src.startsWith("" + q + q + q, pos);
    int qlen = triple ? 3 : 1;
    boolean raw = prefix.contains("r");
    boolean fstring = prefix.contains("f");
    int i = pos + qlen;
    int lines = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\\' && !raw && i + 1 < n) {
        if (src.charAt(i + 1) == '\n') {
          lines++;
        }
        i += 2;
        continue;
      }
      if (c == '\\' && raw && i + 1 < n) {
        i += 2; // a raw string still cannot end at an escaped quote
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          return new int[] {i, lines, 0, qlen};
        }
        lines++;
      }
      if (fstring && c == '{') {
        if (i + 1 < n && src.charAt(i + 1) == '{') {
          i += 2;
          continue;
        }
        i = fstringExpression(src, i + 1);
        continue;
      }
      if (c == q && (!triple || src.startsWith("" + q + q + q, i))) {
        return new int[] {i + qlen, lines, fstring ? 0 : 1, qlen};
      }
      i++;
    }
    return new int[] {n, lines, 0, qlen};
  }

  /** Skips an f-string replacement field from after its {@code {} to after its {@code }}. */
  private static int fstringExpression(String src, int i) {
    int depth = 1;
    int n = src.length();
    while (i < n && depth > 0) {
      char c = src.charAt(i);
      if (c == '\'' || c == '"') {
        i = string(src, i, "")[0];
        continue;
      }
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      } else if (c == '\n') {
        return i;
      }
      i++;
    }
    return i;
  }
}
