package dev.harden.dockerfile;

import java.util.List;

/** {@code LABEL key=value ...}. */
public record Label(Syntax syntax, List<KeyValue> pairs) implements Instruction {

  public Label {
    pairs = List.copyOf(pairs);
  }
}
