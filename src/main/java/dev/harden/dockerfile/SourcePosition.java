package dev.harden.dockerfile;

/**
 * A place in the Dockerfile text: 1-based line, 1-based column counted in UTF-16 code units (as
 * Java strings and SARIF's default count), and the 0-based character offset into {@link
 * Dockerfile#text()}.
 */
public record SourcePosition(int line, int column, int offset) {

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
