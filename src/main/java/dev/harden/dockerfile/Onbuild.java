package dev.harden.dockerfile;

/** {@code ONBUILD instruction}: {@code trigger} is the nested instruction, fully parsed. */
public record Onbuild(Syntax syntax, Instruction trigger) implements Instruction {}
