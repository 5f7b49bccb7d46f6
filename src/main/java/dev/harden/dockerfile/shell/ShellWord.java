package dev.harden.dockerfile.shell;

import java.util.List;
import java.util.Objects;

/**
 * One shell word: {@code raw} is the text as written (quotes, escapes, {@code $VAR} included),
 * {@code value} the word after quote removal with expansions left as written ({@code "$HOME"/x} has
 * value {@code $HOME/x}). Nothing is ever expanded or executed. {@code start}/{@code end} are
 * absolute character offsets in the Dockerfile text (end exclusive).
 */
public final class ShellWord {

  private final String raw;
  private final MappedText value;
  private final int start;
  private final int end;
  private final boolean literal;
  private final boolean quoted;
  private final boolean complete;
  private final List<Sequence> substitutions;

  ShellWord(
      String raw,
      MappedText value,
      int start,
      int end,
      boolean literal,
      boolean quoted,
      boolean complete,
      List<Sequence> substitutions) {
    this.raw = raw;
    this.value = value;
    this.start = start;
    this.end = end;
    this.literal = literal;
    this.quoted = quoted;
    this.complete = complete;
    this.substitutions = List.copyOf(substitutions);
  }

  /**
   * A word whose value is known exactly and contains no expansions (an exec-form JSON string).
   *
   * @param value the value with the document offset of each of its characters
   */
  public static ShellWord literal(String raw, MappedText value, int start, int end) {
    return new ShellWord(raw, value, start, end, true, true, true, List.of());
  }

  public String raw() {
    return raw;
  }

  /** The value after quote removal; expansions ({@code $X}, {@code $(..)}) stay as written. */
  public String value() {
    return value.text();
  }

  /** The value with the document offset of each character (for nested scripts and fixes). */
  public MappedText mappedValue() {
    return value;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** True when the word has no parameter, command or arithmetic expansion in it. */
  public boolean isLiteral() {
    return literal;
  }

  /** True when some part of the word was quoted or escaped. */
  public boolean isQuoted() {
    return quoted;
  }

  /** False when the word ran into the end of the text (an unterminated quote or substitution). */
  public boolean isComplete() {
    return complete;
  }

  /** The command substitutions ({@code $(..)}, backticks, {@code <(..)}) inside the word. */
  public List<Sequence> substitutions() {
    return substitutions;
  }

  /** True when the value is exactly {@code text} and involves no expansion. */
  public boolean is(String text) {
    return literal && value.text().equals(text);
  }

  /**
   * The tail of this word after its first {@code rawPrefix} raw characters, which must be plain
   * (unquoted, unescaped) so they appear unchanged at the start of the value too.
   */
  ShellWord tail(int rawPrefix) {
    MappedText rest = value.slice(rawPrefix, value.length());
    int tailStart = rawPrefix == 0 ? start : value.endOffset(rawPrefix);
    return new ShellWord(
        raw.substring(rawPrefix), rest, tailStart, end, literal, quoted, complete, substitutions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShellWord w
        && w.start == start
        && w.end == end
        && w.raw.equals(raw)
        && w.value().equals(value());
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, start, end);
  }

  @Override
  public String toString() {
    return raw;
  }
}
