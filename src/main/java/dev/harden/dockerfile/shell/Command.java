package dev.harden.dockerfile.shell;

/** One element of a pipeline: a simple command or a compound one ({@code ( )}, {@code if}, ...). */
public sealed interface Command permits SimpleCommand, CompoundCommand {

  /** Absolute offset of the first character in the Dockerfile. */
  int start();

  /** Absolute offset just after the last character. */
  int end();
}
