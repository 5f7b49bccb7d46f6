package dev.harden.dockerfile.shell;

import java.util.Arrays;

/**
 * Text handed to the shell parser together with where each of its characters came from: {@code
 * offset(i)} is the absolute character offset, in the enclosing document (the Dockerfile), of
 * character {@code i}. The shell text is rarely a contiguous slice of the document (line
 * continuations are removed, JSON escapes decoded, heredoc tabs stripped), so positions go through
 * this map. {@code offset(length())} is the offset just after the last character.
 */
public final class MappedText {

  private final String text;
  private final int[] offsets;

  /**
   * @param offsets one entry per character plus one for the end; copied
   */
  public MappedText(String text, int[] offsets) {
    this(text, offsets.clone(), true);
  }

  /** Takes ownership of {@code offsets} (no copy). */
  private MappedText(String text, int[] offsets, boolean owned) {
    if (offsets.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "need " + (text.length() + 1) + " offsets, got " + offsets.length);
    }
    this.text = text;
    this.offsets = offsets;
  }

  /** Text that sits contiguously in the document from {@code base}. */
  public static MappedText contiguous(String text, int base) {
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = base + i;
    }
    return new MappedText(text, offsets, true);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public char charAt(int i) {
    return text.charAt(i);
  }

  /** Absolute document offset of character {@code i} (0..length). */
  public int offset(int i) {
    return offsets[i];
  }

  /** Absolute document offset just after character {@code i - 1}: the exclusive end of a range. */
  public int endOffset(int i) {
    return i == 0 ? offsets[0] : offsets[i - 1] + 1;
  }

  /** Characters {@code from..to} with their offsets. */
  public MappedText slice(int from, int to) {
    int[] part = Arrays.copyOfRange(offsets, from, to + 1);
    if (to > from) {
      part[to - from] = offsets[to - 1] + 1;
    }
    return new MappedText(text.substring(from, to), part, true);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds mapped text one character (or run) at a time. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final int start;
    private int[] offsets = new int[16];

    /**
     * @param start the document offset the text starts at (its end while it is empty)
     */
    public Builder(int start) {
      this.start = start;
    }

    /** Appends {@code c}, which sits at document offset {@code offset}. */
    public Builder append(char c, int offset) {
      if (text.length() + 1 >= offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
      return this;
    }

    /** Appends characters {@code from..to} of {@code source}. */
    public Builder append(MappedText source, int from, int to) {
      for (int i = from; i < to; i++) {
        append(source.charAt(i), source.offset(i));
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    /** Drops everything from {@code newLength} on. */
    public void truncate(int newLength) {
      text.setLength(newLength);
    }

    public char charAt(int i) {
      return text.charAt(i);
    }

    /**
     * The mapped text; {@code end} is the document offset just after it (used when it is empty or
     * when the last character's successor is known better than "last offset + 1").
     */
    public MappedText build(int end) {
      int[] exact = Arrays.copyOf(offsets, text.length() + 1);
      exact[text.length()] = end;
      return new MappedText(text.toString(), exact, true);
    }

    /** The mapped text, ending just after its last character. */
    public MappedText build() {
      int n = text.length();
      return build(n == 0 ? start : offsets[n - 1] + 1);
    }
  }
}
