package dev.harden.dockerfile;

/**
 * A range of the Dockerfile text, {@code start} inclusive and {@code end} exclusive: {@code
 * text.substring(start.offset(), end.offset())} is exactly what the span covers, which is what a
 * text edit replaces.
 */
public record SourceSpan(SourcePosition start, SourcePosition end) {

  public int startOffset() {
    return start.offset();
  }

  public int endOffset() {
    return end.offset();
  }

  /** The start line. */
  public int line() {
    return start.line();
  }

  /** The start column. */
  public int column() {
    return start.column();
  }

  public boolean isEmpty() {
    return start.offset() == end.offset();
  }

  public boolean contains(int offset) {
    return offset >= start.offset() && offset < end.offset();
  }

  /** The covered text of {@code source} (the Dockerfile text the span was made for). */
  public String text(String source) {
    return source.substring(start.offset(), end.offset());
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
