package dev.harden.dockerfile;

import java.util.List;

/** {@code SHELL ["executable", "param", ...]} (always JSON). */
public record Shell(Syntax syntax, List<Word> arguments) implements Instruction {

  public Shell {
    arguments = List.copyOf(arguments);
  }

  public List<String> values() {
    return Word.values(arguments);
  }
}
