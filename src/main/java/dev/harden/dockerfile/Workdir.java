package dev.harden.dockerfile;

/** {@code WORKDIR path} ({@code path} is the rest of the line). */
public record Workdir(Syntax syntax, Word path) implements Instruction {}
