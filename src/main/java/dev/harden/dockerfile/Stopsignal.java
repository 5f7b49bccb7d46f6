package dev.harden.dockerfile;

/** {@code STOPSIGNAL signal}. */
public record Stopsignal(Syntax syntax, Word signal) implements Instruction {}
