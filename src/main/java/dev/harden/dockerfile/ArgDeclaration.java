package dev.harden.dockerfile;

import java.util.Optional;

/** One {@code NAME} or {@code NAME=default} of an {@code ARG} instruction. */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, SourceSpan span) {

  /** The name after quote removal. */
  public String key() {
    return name.value();
  }
}
