package dev.harden.reach.node;

import dev.harden.reach.node.JsTokens.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The module loads of one JavaScript file, read from its tokens: {@code require('x')},
 * {@code import ... from 'x'}, {@code import 'x'}, {@code export ... from 'x'} and
 * {@code import('x')} with constant specifiers, and the loads whose specifier is not a constant
 * ({@code require(name)}, {@code import(`./${x}`)}), which the closure cannot follow.
 * Also collects the file's method calls with their constant arguments, for the dynamic-site
 * table ({@code app.set('view engine', 'pug')}, {@code res.render('index.pug')}).
 */
record ModuleScan(List<Load> loads, List<Dynamic> dynamic, List<Call> calls) {

  /** A constant specifier. {@code esm} for import/export forms (resolved with "import"). */
  record Load(String specifier, int line, boolean esm) {}

  /** A load the closure cannot follow. */
  record Dynamic(int line, String form) {}

  /**
   * A method call {@code x.name(...)}: its first two arguments when they are constants (null
   * otherwise or when absent).
   */
  record Call(String name, String first, String second, int line) {}

  static final ModuleScan NONE = new ModuleScan(List.of(), List.of(), List.of());

  /** Tokens looked at after {@code import}/{@code export} for a {@code from 'x'}. */
  private static final int MAX_CLAUSE_TOKENS = 400;

  private static final Set<String> DECLARATIONS = Set.of("function", "class", "const", "let",
      "var", "default", "async", "enum", "interface", "type");

  static ModuleScan of(String source) {
    JsTokens t = JsLexer.tokenize(source);
    List<Load> loads = new ArrayList<>();
    List<Dynamic> dynamic = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) != Kind.NAME) {
        continue;
      }
      boolean member = t.isPunct(i - 1, ".") || t.isPunct(i - 1, "?.");
      if (member) {
        if (t.isPunct(i + 1, "(")) {
          String first = constantArgument(t, i + 2);
          String second = first != null && t.isPunct(i + 3, ",") ? constantArgument(t, i + 4)
              : null;
          calls.add(new Call(t.text(i), first, second, t.line(i)));
        }
        continue;
      }
      if (t.isName(i, "require")) {
        if (!t.isPunct(i + 1, "(") || t.isName(i - 1, "function")) {
          continue;
        }
        String literal = constantArgument(t, i + 2);
        if (literal != null) {
          loads.add(new Load(literal, t.line(i), false));
        } else {
          dynamic.add(new Dynamic(t.line(i), "require() of a value that is not a constant"));
        }
      } else if (t.isName(i, "import")) {
        importAt(t, i, loads, dynamic);
      } else if (t.isName(i, "export")) {
        fromClause(t, i + 1, loads, true);
      }
    }
    return new ModuleScan(loads, dynamic, calls);
  }

  /** The constant at {@code at} when it is the whole argument ({@code 'x')} or {@code 'x',}). */
  private static String constantArgument(JsTokens t, int at) {
    if (t.isConstantString(at) && (t.isPunct(at + 1, ")") || t.isPunct(at + 1, ","))) {
      return t.text(at);
    }
    return null;
  }

  private static void importAt(JsTokens t, int i, List<Load> loads, List<Dynamic> dynamic) {
    if (i + 1 >= t.size() || t.isPunct(i + 1, ".")) {
      return; // import.meta
    }
    if (t.isPunct(i + 1, "(")) {
      String literal = constantArgument(t, i + 2);
      if (literal != null) {
        loads.add(new Load(literal, t.line(i), true));
      } else {
        dynamic.add(new Dynamic(t.line(i), "import() of a value that is not a constant"));
      }
      return;
    }
    if (t.isConstantString(i + 1)) {
      loads.add(new Load(t.text(i + 1), t.line(i + 1), true));
      return;
    }
    fromClause(t, i + 1, loads, false);
  }

  /**
   * Finds {@code from 'x'} ending an import or export clause; an export of a declaration
   * ({@code export function}, {@code export default}) has none.
   */
  private static void fromClause(JsTokens t, int from, List<Load> loads, boolean export) {
    if (export && from < t.size() && t.kind(from) == Kind.NAME
        && DECLARATIONS.contains(t.text(from))) {
      return;
    }
    int depth = 0;
    for (int j = from; j < t.size() && j < from + MAX_CLAUSE_TOKENS; j++) {
      if (t.isPunct(j, "{")) {
        depth++;
      } else if (t.isPunct(j, "}")) {
        depth--;
      } else if (depth == 0 && (t.isPunct(j, ";") || t.isPunct(j, "("))) {
        return;
      } else if (depth == 0 && t.isName(j, "from") && t.isConstantString(j + 1)) {
        loads.add(new Load(t.text(j + 1), t.line(j), true));
        return;
      }
    }
  }
}
