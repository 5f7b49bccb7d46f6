package dev.harden.reach.node;

import java.util.Arrays;

/**
 * The tokens of one JavaScript source in a compact form (parallel arrays of kind and offsets;
 * string values decoded only for string tokens), because the closure lexes every reached file
 * and most tokens are never looked at.
 */
final class JsTokens {

  enum Kind {
    NAME,
    PUNCT,
    STRING,
    /** A template literal without {@code ${}}: a constant string. */
    TEMPLATE,
    /** The start of a template with substitutions (its value is not constant). */
    TEMPLATE_START,
    /** The end of a template with substitutions. */
    TEMPLATE_END,
    NUMBER,
    REGEX
  }

  private static final Kind[] KINDS = Kind.values();

  private final String src;
  private byte[] kinds = new byte[256];
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  /** Decoded values of STRING and TEMPLATE tokens, by token index; null elsewhere. */
  private String[] values = new String[256];
  private int size;
  private int[] lineStarts;

  JsTokens(String src) {
    this.src = src;
  }

  void add(Kind kind, int start, int end, String value) {
    if (size == kinds.length) {
      int n = size * 2;
      kinds = Arrays.copyOf(kinds, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      values = Arrays.copyOf(values, n);
    }
    kinds[size] = (byte) kind.ordinal();
    starts[size] = start;
    ends[size] = end;
    values[size] = value;
    size++;
  }

  int size() {
    return size;
  }

  Kind kind(int i) {
    return KINDS[kinds[i]];
  }

  /** True when token {@code i} exists, is of {@code kind} and its source text is {@code text}. */
  boolean is(int i, Kind kind, String text) {
    return i >= 0 && i < size && kinds[i] == kind.ordinal() && ends[i] - starts[i] == text.length()
        && src.regionMatches(starts[i], text, 0, text.length());
  }

  boolean isName(int i, String text) {
    return is(i, Kind.NAME, text);
  }

  boolean isPunct(int i, String text) {
    return is(i, Kind.PUNCT, text);
  }

  /** A string literal or a template without substitutions. */
  boolean isConstantString(int i) {
    return i >= 0 && i < size
        && (kinds[i] == Kind.STRING.ordinal() || kinds[i] == Kind.TEMPLATE.ordinal());
  }

  /** The decoded value of a constant string, else the token's source text. */
  String text(int i) {
    return values[i] != null ? values[i] : src.substring(starts[i], ends[i]);
  }

  /** The previous token's kind and text, for the lexer's regex-or-division decision. */
  boolean lastIs(Kind kind) {
    return size > 0 && kinds[size - 1] == kind.ordinal();
  }

  boolean lastIsPunct(String text) {
    return size > 0 && isPunct(size - 1, text);
  }

  boolean lastIsName(java.util.Set<String> names) {
    return size > 0 && kinds[size - 1] == Kind.NAME.ordinal()
        && names.contains(src.substring(starts[size - 1], ends[size - 1]));
  }

  /** 1-based line of token {@code i}. */
  int line(int i) {
    if (lineStarts == null) {
      int count = 1;
      for (int k = 0; k < src.length(); k++) {
        if (src.charAt(k) == '\n') {
          count++;
        }
      }
      lineStarts = new int[count];
      int n = 1;
      for (int k = 0; k < src.length(); k++) {
        if (src.charAt(k) == '\n') {
          lineStarts[n++] = k + 1;
        }
      }
    }
    int at = Arrays.binarySearch(lineStarts, starts[i]);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
