package dev.harden.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides every subject of one run: the policy's first matching rule, moved down a tier when the
 * package is unreachable (as the policy says), then waived by a VEX {@code not_affected}
 * statement about exactly this vulnerability and package, or by an allowlist entry in force. It
 * remembers which allowlist entries were used, so the run can report the stale and the expired.
 * One gate per run; not thread-safe.
 */
public final class Gate {

  private final Policy policy;
  private final Allowlist allowlist;
  private final List<VexStatement> vex;
  private final LocalDate today;
  private final String imageDigest;
  private final Map<AllowEntry, Integer> uses = new IdentityHashMap<>();

  /**
   * @param today the date expiry is judged on (passed in, never read, so runs are reproducible)
   * @param imageDigest the scanned image's manifest digest, or null (VEX products that name an
   *     image by digest match only it)
   */
  public Gate(Policy policy, Allowlist allowlist, List<VexStatement> vex, LocalDate today,
      String imageDigest) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
    this.vex = List.copyOf(vex);
    this.today = Objects.requireNonNull(today, "today");
    this.imageDigest = imageDigest;
  }

  public Policy policy() {
    return policy;
  }

  public Decision decide(Subject s) {
    Subject.Origin origin = s.origin() == null ? null
        : s.origin() == Subject.Origin.UNKNOWN ? policy.unknownOrigin() : s.origin();
    PolicyRule rule = null;
    for (PolicyRule r : policy.rules()) {
      if (r.when().test(s, origin)) {
        rule = r;
        break;
      }
    }
    Verdict ruleVerdict = rule == null ? policy.otherwise() : rule.verdict();
    String decidedBy = rule == null ? Policy.OTHERWISE : rule.name();
    Verdict verdict = ruleVerdict;
    String adjustment = null;
    if (s.kind() == Subject.Kind.VULNERABILITY && (rule == null || !rule.keepWhenUnreachable())) {
      Subject.Reachability reach = s.reachability() == null
          || s.reachability() == Subject.Reachability.UNKNOWN
          ? policy.unknownReachability() : s.reachability();
      if (reach == Subject.Reachability.UNREACHABLE) {
        verdict = policy.unreachable().apply(ruleVerdict);
        if (verdict != ruleVerdict) {
          adjustment = (s.reachability() == Subject.Reachability.UNREACHABLE ? "unreachable"
              : "reachability unknown, counted as unreachable") + ": " + ruleVerdict.id()
              + " \u2192 " + verdict.id();
        }
      }
    }
    Suppressor suppressor = null;
    if (s.kind() == Subject.Kind.VULNERABILITY) {
      VexStatement latest = latestStatement(s);
      if (latest != null && latest.status() == VexStatus.NOT_AFFECTED) {
        suppressor = latest;
      }
    }
    List<AllowEntry> expired = new ArrayList<>();
    for (AllowEntry e : allowlist.entries()) {
      if (e.covers(s, decidedBy)) {
        uses.merge(e, 1, Integer::sum);
        if (e.expiredOn(today)) {
          expired.add(e);
        } else if (suppressor == null) {
          suppressor = e;
        }
      }
    }
    return new Decision(suppressor == null ? verdict : Verdict.SUPPRESSED, decidedBy,
        ruleVerdict, adjustment, suppressor, expired);
  }

  /** The statement about this vulnerability and package that was made last, or null. */
  private VexStatement latestStatement(Subject s) {
    return vex.stream()
        .filter(st -> st.namesVulnerability(s) && st.coversPackage(s, imageDigest))
        .max(Comparator.comparing((VexStatement st) -> st.timestamp() == null
                ? java.time.Instant.EPOCH : st.timestamp())
            .thenComparingInt(VexStatement::order))
        .orElse(null);
  }

  /** The allowlist's fate in this run, after every subject was decided. */
  public AllowlistOutcome allowlistOutcome() {
    List<AllowlistOutcome.Use> expired = new ArrayList<>();
    List<AllowEntry> stale = new ArrayList<>();
    for (AllowEntry e : allowlist.entries()) {
      int n = uses.getOrDefault(e, 0);
      if (e.expiredOn(today)) {
        expired.add(new AllowlistOutcome.Use(e, n));
      } else if (n == 0) {
        stale.add(e);
      }
    }
    return new AllowlistOutcome(allowlist.file(), expired, stale, allowlist.warnings());
  }
}
