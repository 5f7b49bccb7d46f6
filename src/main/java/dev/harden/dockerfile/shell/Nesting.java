package dev.harden.dockerfile.shell;

/** Where a simple command sits, for rules that treat e.g. commands in a condition differently. */
public enum Nesting {
  /** Inside {@code ( )}. */
  SUBSHELL,
  /** Inside <code>{ }</code>. */
  GROUP,
  /** In the condition of an {@code if}, {@code while} or {@code until}. */
  CONDITION,
  /** In a branch of an {@code if} or {@code case}. */
  BRANCH,
  /** In the body of a loop. */
  LOOP,
  /** In a function body (runs only if called). */
  FUNCTION,
  /** Inside {@code $( )}, backticks or {@code <( )}. */
  SUBSTITUTION,
  /** A script run by a nested shell: {@code sh -c '...'}, {@code bash <<EOF}. */
  INLINE_SCRIPT
}
