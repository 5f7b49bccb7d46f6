package dev.harden.policy;

/**
 * What waived a finding: an allowlist entry or a VEX statement. Reports show which, where it is
 * written, and why.
 */
public sealed interface Suppressor permits AllowEntry, VexStatement {

  /** The file it is in. */
  String file();

  /** {@code allowlist} or {@code vex}. */
  String source();

  /** Where in the file: {@code 12} (a line) or {@code statements[3]}. */
  String place();

  /** The reason as written: the entry's reason, or the statement's justification and impact. */
  String why();
}
