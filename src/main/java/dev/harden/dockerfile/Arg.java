package dev.harden.dockerfile;

import java.util.List;

/** {@code ARG name[=default] ...}; before the first {@code FROM} it is a global (meta) ARG. */
public record Arg(Syntax syntax, List<ArgDeclaration> declarations) implements Instruction {

  public Arg {
    declarations = List.copyOf(declarations);
  }
}
