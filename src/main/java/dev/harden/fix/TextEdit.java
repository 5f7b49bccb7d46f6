package dev.harden.fix;

/**
 * Replace the chars {@code [start, end)} of a text with {@code replacement}; {@code start == end}
 * inserts.
 */
public record TextEdit(int start, int end, String replacement) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
    if (replacement == null) {
      throw new IllegalArgumentException("replacement is null");
    }
  }

  public static TextEdit insert(int at, String text) {
    return new TextEdit(at, at, text);
  }
}
