package dev.harden.version.apk;

import dev.harden.version.NumericStrings;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an apk version into typed tokens, following the grammar and token order of apk-tools
 * 2.x. The kinds are ordered: when two versions agree on every token so far and then go on with
 * tokens of different kinds, the version whose next kind sorts lower is the newer one (".1" beats
 * a letter beats a suffix beats "-r1" beats the end), except that a pre-release suffix always
 * makes its version the older one.
 *
 * <p>This tokenizer is stricter than apk-tools on malformed input (empty numbers, a trailing
 * separator, a leading non-digit): those are rejected rather than given an accidental order.
 */
final class ApkTokenizer {

  /** Token kinds in apk's order; see the class comment. */
  enum Kind {
    DOT_NUMBER,
    NUMBER,
    LETTER,
    SUFFIX,
    SUFFIX_NUMBER,
    REVISION,
    END
  }

  /**
   * One token. Numbers are compared by value. A dotted number that starts with zeros becomes a
   * token whose value is minus the count of those zeros, followed by the remaining digits as a
   * plain number: that is how apk-tools orders "1.01" below "1.1" and "1.00" below "1.0".
   */
  record Token(Kind kind, BigInteger value) {}

  static final List<String> PRE = List.of("alpha", "beta", "pre", "rc");
  static final List<String> POST = List.of("cvs", "svn", "git", "hg", "p");

  private ApkTokenizer() {}

  static List<Token> tokenize(String v) {
    if (v.isEmpty() || !NumericStrings.isDigit(v.charAt(0))) {
      throw new IllegalArgumentException("does not start with a digit");
    }
    List<Token> out = new ArrayList<>();
    int i = 0;
    Kind kind = Kind.NUMBER;
    boolean afterZeros = false;
    while (true) {
      if (kind == Kind.DOT_NUMBER && v.charAt(i) == '0') {
        int start = i;
        while (i < v.length() && v.charAt(i) == '0') {
          i++;
        }
        out.add(new Token(Kind.DOT_NUMBER, BigInteger.valueOf(start - i)));
        if (i == v.length()) {
          break;
        }
        kind = Kind.NUMBER; // the rest of the number follows at once, with no separator
        afterZeros = true;
        continue;
      }
      switch (kind) {
        case DOT_NUMBER, NUMBER, SUFFIX_NUMBER, REVISION -> {
          int start = i;
          while (i < v.length() && NumericStrings.isDigit(v.charAt(i))) {
            i++;
          }
          if (i == start && !afterZeros && kind != Kind.REVISION) {
            throw new IllegalArgumentException("number expected at offset " + start);
          }
          String digits = v.substring(start, i);
          out.add(new Token(kind, digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits)));
        }
        case LETTER -> out.add(new Token(Kind.LETTER, BigInteger.valueOf(v.charAt(i++))));
        case SUFFIX -> {
          int value = suffixValue(v, i);
          i += (value < 0 ? PRE.get(value + PRE.size()) : POST.get(value)).length();
          out.add(new Token(Kind.SUFFIX, BigInteger.valueOf(value)));
        }
        case END -> throw new IllegalStateException("read past the end");
      }
      afterZeros = false;
      if (i == v.length()) {
        break;
      }
      Kind following = next(v, i, kind);
      i += following == Kind.REVISION ? 2 : (following == Kind.DOT_NUMBER || following == Kind.SUFFIX ? 1 : 0);
      if (i == v.length() && following != Kind.REVISION) {
        throw new IllegalArgumentException("ends with a separator");
      }
      kind = following;
    }
    out.add(new Token(Kind.END, BigInteger.ZERO));
    return out;
  }

  /** Pre-release suffixes get negative values (older than none), the others their list index. */
  private static int suffixValue(String v, int i) {
    for (int k = 0; k < PRE.size(); k++) {
      if (v.startsWith(PRE.get(k), i)) {
        return k - PRE.size();
      }
    }
    for (int k = 0; k < POST.size(); k++) {
      if (v.startsWith(POST.get(k), i)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown suffix at offset " + i);
  }

  /** The kind of the token starting at {@code i}, given the kind of the one before it. */
  private static Kind next(String v, int i, Kind previous) {
    char c = v.charAt(i);
    Kind n;
    if ((previous == Kind.NUMBER || previous == Kind.DOT_NUMBER) && c >= 'a' && c <= 'z') {
      n = Kind.LETTER;
    } else if (previous == Kind.LETTER && NumericStrings.isDigit(c)) {
      n = Kind.NUMBER;
    } else if (previous == Kind.SUFFIX && NumericStrings.isDigit(c)) {
      n = Kind.SUFFIX_NUMBER;
    } else if (c == '.') {
      n = Kind.DOT_NUMBER;
    } else if (c == '_') {
      n = Kind.SUFFIX;
    } else if (c == '-' && i + 1 < v.length() && v.charAt(i + 1) == 'r') {
      n = Kind.REVISION;
    } else {
      throw new IllegalArgumentException("unexpected '" + c + "' at offset " + i);
    }
    boolean allowedStepBack =
        (n == Kind.DOT_NUMBER && previous == Kind.NUMBER)
            || (n == Kind.SUFFIX && previous == Kind.SUFFIX_NUMBER)
            || (n == Kind.NUMBER && previous == Kind.LETTER);
    if (n.ordinal() < previous.ordinal() && !allowedStepBack) {
      throw new IllegalArgumentException("'" + c + "' out of place at offset " + i);
    }
    return n;
  }
}
