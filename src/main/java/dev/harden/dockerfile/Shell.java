package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** {@code SHELL ["executable", "param", ...]} (always JSON). */
public record Shell(Syntax syntax, List<Word> arguments) implements Instruction {

  public Shell {
    arguments = List.copyOf(arguments);
  }

  public List<String> values() {
    List<String> values = new ArrayList<>();
    for (Word w : arguments) {
      values.add(w.value());
    }
    return values;
  }
}
