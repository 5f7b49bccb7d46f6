package dev.harden.dockerfile;

/** A {@code key=value} pair of {@code ENV} or {@code LABEL} (legacy {@code ENV key value} too). */
public record KeyValue(Word key, Word value, SourceSpan span) {

  /** The key after quote removal. */
  public String name() {
    return key.value();
  }
}
