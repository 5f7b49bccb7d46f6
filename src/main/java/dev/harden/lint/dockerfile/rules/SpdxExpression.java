package dev.harden.lint.dockerfile.rules;

import dev.harden.ecosystem.SpdxLicenseIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks SPDX licence expressions ({@code MIT}, {@code Apache-2.0 OR MIT}, {@code GPL-2.0-only
 * WITH Classpath-exception-2.0}, {@code (MIT AND BSD-3-Clause)}, {@code LicenseRef-acme}) against
 * the SPDX licence and exception ids cyclonedx-core-java ships ({@code spdx.schema.json}, the list
 * {@code report.SpdxLicenseIds} reads too; lint may not use {@code report}). Ids match ignoring
 * case, as SPDX says; operators are upper or lower case.
 */
final class SpdxExpression {

  private static final Pattern REF =
      Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");
  private static final int MAX_TOKENS = 200;

  private final List<String> tokens;
  private int pos;

  private SpdxExpression(List<String> tokens) {
    this.tokens = tokens;
  }

  /** True when {@code text} is one valid SPDX licence expression. */
  static boolean valid(String text) {
    List<String> tokens = tokenize(text);
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return false;
    }
    SpdxExpression p = new SpdxExpression(tokens);
    return p.or(0) && p.pos == tokens.size();
  }

  private static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || Character.isWhitespace(c)) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private boolean or(int depth) {
    if (!and(depth)) {
      return false;
    }
    while (operator("OR")) {
      if (!and(depth)) {
        return false;
      }
    }
    return true;
  }

  private boolean and(int depth) {
    if (!with(depth)) {
      return false;
    }
    while (operator("AND")) {
      if (!with(depth)) {
        return false;
      }
    }
    return true;
  }

  private boolean with(int depth) {
    if (!simple(depth)) {
      return false;
    }
    if (operator("WITH")) {
      return pos < tokens.size() && Ids.LIST.id(tokens.get(pos++)).isPresent();
    }
    return true;
  }

  private boolean simple(int depth) {
    if (pos >= tokens.size()) {
      return false;
    }
    String t = tokens.get(pos++);
    if (t.equals("(")) {
      return depth < 20 && or(depth + 1) && pos < tokens.size() && tokens.get(pos++).equals(")");
    }
    if (REF.matcher(t).matches()) {
      return true;
    }
    String id = t.endsWith("+") ? t.substring(0, t.length() - 1) : t;
    return Ids.LIST.id(t).isPresent() || Ids.LIST.id(id).isPresent();
  }

  /** Consumes the operator if it comes next, spelled all upper or all lower case. */
  private boolean operator(String name) {
    if (pos < tokens.size()
        && (tokens.get(pos).equals(name) || tokens.get(pos).equals(lower(name)))) {
      pos++;
      return true;
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The id list, read on first use: only a schema with an spdx label needs it. */
  private static final class Ids {
    static final SpdxLicenseIds LIST = SpdxLicenseIds.load();
  }
}
