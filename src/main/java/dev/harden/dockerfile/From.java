package dev.harden.dockerfile;

import java.util.Optional;

/**
 * {@code FROM [--platform=p] image [AS name]}. {@code image} is the base as written (resolve it
 * through {@link Stage#base()}); {@code stageName} is the name word as written (BuildKit
 * lower-cases it: see {@link Stage#name()}).
 */
public record From(Syntax syntax, Word image, Optional<Word> stageName) implements Instruction {

  /** The {@code --platform} value as written. */
  public Optional<String> platform() {
    return flag("platform").flatMap(Flag::value);
  }
}
