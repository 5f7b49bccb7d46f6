package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * One argument of an instruction. {@code raw} is the argument as BuildKit saw it (line
 * continuations removed; for an exec-form element, the JSON string token with its quotes); {@code
 * value} is after quote and escape removal, with variable references left as written (expand them
 * with {@link Scope#expand(Word)}); {@code span} is where the argument sits in the file.
 */
public record Word(String raw, String value, SourceSpan span) {

  /** The decoded values of {@code words}, in order, in a new list. */
  public static List<String> values(List<Word> words) {
    List<String> values = new ArrayList<>();
    for (Word w : words) {
      values.add(w.value());
    }
    return values;
  }

  @Override
  public String toString() {
    return raw;
  }
}
