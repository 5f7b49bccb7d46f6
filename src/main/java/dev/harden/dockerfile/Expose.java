package dev.harden.dockerfile;

import java.util.List;

/** {@code EXPOSE port[/proto] ...}. */
public record Expose(Syntax syntax, List<Word> ports) implements Instruction {

  public Expose {
    ports = List.copyOf(ports);
  }
}
