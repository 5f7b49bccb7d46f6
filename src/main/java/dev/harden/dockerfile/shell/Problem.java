package dev.harden.dockerfile.shell;

/** Something the parser did not understand, at an absolute document offset. */
public record Problem(String message, int offset) {}
