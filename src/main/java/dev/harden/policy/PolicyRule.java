package dev.harden.policy;

import java.util.Objects;

/**
 * One ordered rule of a policy: the first rule whose conditions hold decides.
 *
 * @param name what reports print as {@code decidedBy}; unique within the policy
 * @param line where the rule starts in its file (0 for the built-in policy's rules)
 * @param description why the rule exists, for people reading reports
 * @param when what it matches
 * @param verdict what it decides
 * @param keepWhenUnreachable true when reachability must not move this rule's verdict down (a
 *     finding serious enough to block even when nothing loads it)
 */
public record PolicyRule(
    String name,
    int line,
    String description,
    Conditions when,
    Verdict verdict,
    boolean keepWhenUnreachable) {

  public PolicyRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(verdict, "verdict");
    if (verdict == Verdict.SUPPRESSED) {
      throw new IllegalArgumentException("a rule cannot decide 'suppressed'");
    }
  }
}
