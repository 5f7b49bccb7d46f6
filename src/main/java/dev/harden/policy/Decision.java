package dev.harden.policy;

import java.util.List;
import java.util.Objects;

/**
 * The gate's verdict on one subject and how it came about.
 *
 * @param verdict what the gate does with it
 * @param decidedBy the policy rule that matched ({@link Policy#OTHERWISE} when none did)
 * @param ruleVerdict what that rule decided, before reachability and suppression
 * @param adjustment how reachability changed the rule's verdict ({@code "unreachable: block →
 *     warn"}), or null when it did not
 * @param suppressedBy the allowlist entry or VEX statement that waived it, or null
 * @param expiredEntries allowlist entries that would have waived it had they not expired
 */
public record Decision(
    Verdict verdict,
    String decidedBy,
    Verdict ruleVerdict,
    String adjustment,
    Suppressor suppressedBy,
    List<AllowEntry> expiredEntries) {

  public Decision {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(ruleVerdict, "ruleVerdict");
    expiredEntries = List.copyOf(expiredEntries);
  }

  public boolean blocks() {
    return verdict == Verdict.BLOCK;
  }
}
