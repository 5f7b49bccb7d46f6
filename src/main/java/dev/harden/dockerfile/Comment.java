package dev.harden.dockerfile;

/**
 * A comment line. {@code text} is what follows the {@code #}, trimmed; {@code span} covers the line
 * from its {@code #}. {@code insideInstruction} marks a comment between the continuation lines of
 * an instruction (BuildKit drops those from the instruction).
 */
public record Comment(String text, SourceSpan span, boolean insideInstruction) {

  public int line() {
    return span.line();
  }
}
