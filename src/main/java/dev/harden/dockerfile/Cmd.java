package dev.harden.dockerfile;

/** {@code CMD command} (shell or exec form; an empty shell form for a bare {@code CMD}). */
public record Cmd(Syntax syntax, CommandLine command) implements Instruction {}
