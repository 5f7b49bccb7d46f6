package dev.harden.fix.dockerfile;

/**
 * The fix of one Dockerfile rule's findings: one class per rule, listed in {@link DockerfileFixes}.
 * A fix finds what it can change in the parsed file itself (so it works whether or not the rule
 * class runs) and proposes text edits; the {@link DockerfileFixer} decides what is applied. Running
 * it on its own output must propose nothing: that is what makes {@code harden fix} idempotent.
 */
public interface DockerfileFix {

  /** The id of the rule whose findings this fixes ({@code HD016}). */
  String ruleId();

  /** Adds a {@link dev.harden.fix.Fix} or a {@link dev.harden.fix.FixProblem} per place found. */
  void propose(FixContext context, FixSink out);
}
