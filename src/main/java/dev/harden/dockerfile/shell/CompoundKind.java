package dev.harden.dockerfile.shell;

/** The compound commands the parser recognises. */
public enum CompoundKind {
  /** {@code ( list )}: bodies = [list]. */
  SUBSHELL,
  /** <code>{ list; }</code>: bodies = [list]. */
  GROUP,
  /** {@code if c; then b; elif c2; then b2; else e; fi}: bodies = [c, b, c2, b2, ..., e?]. */
  IF,
  /**
   * {@code for x in words; do body; done} (also {@code select}): words = items, bodies = [body].
   */
  FOR,
  /** {@code while c; do body; done}: bodies = [c, body]. */
  WHILE,
  /** {@code until c; do body; done}: bodies = [c, body]. */
  UNTIL,
  /** {@code case w in p) body;; esac}: words = [w, patterns...], bodies = one per item. */
  CASE,
  /** {@code name() body}: words = [name], bodies = [the body's list]. */
  FUNCTION
}
