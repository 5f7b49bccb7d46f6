package dev.harden.cli;

/** The three exit codes every command uses. */
final class ExitCodes {

  /** Nothing blocking. */
  static final int OK = 0;

  /** The policy or the failure threshold blocked. */
  static final int BLOCKED = 1;

  /** Usage or input error. */
  static final int INPUT = 2;

  private ExitCodes() {}
}
