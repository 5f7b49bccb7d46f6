package dev.harden.dockerfile;

/** Something BuildKit accepts but warns about (an empty continuation line). */
public record ParseWarning(String message, int line) {}
