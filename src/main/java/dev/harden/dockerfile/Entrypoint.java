package dev.harden.dockerfile;

/** {@code ENTRYPOINT command} (shell or exec form). */
public record Entrypoint(Syntax syntax, CommandLine command) implements Instruction {}
