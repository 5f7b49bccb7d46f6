package dev.harden.dockerfile;

/**
 * One argument of an instruction. {@code raw} is the argument as BuildKit saw it (line
 * continuations removed; for an exec-form element, the JSON string token with its quotes); {@code
 * value} is after quote and escape removal, with variable references left as written (expand them
 * with {@link Scope#expand(Word)}); {@code span} is where the argument sits in the file.
 */
public record Word(String raw, String value, SourceSpan span) {

  @Override
  public String toString() {
    return raw;
  }
}
