package dev.harden.dockerfile;

/** {@code MAINTAINER name} (deprecated; {@code name} is the rest of the line). */
public record Maintainer(Syntax syntax, Word name) implements Instruction {}
