package dev.harden.policy;

import java.util.List;
import java.util.Objects;

/**
 * A gate policy: ordered rules, then how reachability and unknown origins adjust what they
 * decide. Built by {@link PolicyLoader} from a {@code harden-policy.yaml} or the built-in default.
 *
 * @param source the file it came from, or {@code builtin}
 * @param rules first match wins
 * @param otherwise the verdict when no rule matches (reported as decided by {@code otherwise})
 * @param unreachable what an unreachable vulnerability's verdict becomes
 * @param unknownReachability how a vulnerability whose reachability is unknown counts
 * @param unknownOrigin which origin a package counts as when layer attribution could not tell
 */
public record Policy(
    String source,
    List<PolicyRule> rules,
    Verdict otherwise,
    UnreachableEffect unreachable,
    Subject.Reachability unknownReachability,
    Subject.Origin unknownOrigin) {

  /** The name {@code decidedBy} carries when no rule matched. */
  public static final String OTHERWISE = "otherwise";

  public Policy {
    Objects.requireNonNull(source, "source");
    rules = List.copyOf(rules);
    Objects.requireNonNull(otherwise, "otherwise");
    Objects.requireNonNull(unreachable, "unreachable");
    if (unknownReachability == Subject.Reachability.UNKNOWN) {
      throw new IllegalArgumentException("unknown reachability must count as reachable or not");
    }
    if (unknownOrigin == Subject.Origin.UNKNOWN) {
      throw new IllegalArgumentException("an unknown origin must count as base, runtime or app");
    }
  }

  /** What reachability does to the verdict of an unreachable vulnerability. */
  public enum UnreachableEffect {
    /** block becomes warn, warn becomes ticket, ticket becomes allow. */
    ONE_TIER_DOWN("one-tier-down"),
    /** Always allowed. */
    ALLOW("allow"),
    /** Reachability changes nothing. */
    NONE("none");

    private final String id;

    UnreachableEffect(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public Verdict apply(Verdict v) {
      return switch (this) {
        case ONE_TIER_DOWN -> v.oneTierDown();
        case ALLOW -> v == Verdict.SUPPRESSED ? v : Verdict.ALLOW;
        case NONE -> v;
      };
    }

    public static UnreachableEffect parse(String text) {
      for (UnreachableEffect e : values()) {
        if (e.id.equals(text.trim())) {
          return e;
        }
      }
      throw new IllegalArgumentException("unknown value '" + text
          + "' (expected one-tier-down, allow or none)");
    }
  }
}
