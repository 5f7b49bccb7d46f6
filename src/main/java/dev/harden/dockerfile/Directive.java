package dev.harden.dockerfile;

/**
 * A parser directive at the top of the file: {@code # syntax=...}, {@code # escape=...}, {@code #
 * check=...}. {@code name} is lower case.
 */
public record Directive(String name, String value, SourceSpan span) {}
