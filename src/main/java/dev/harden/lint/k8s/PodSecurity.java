package dev.harden.lint.k8s;

import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Works out a workload's Pod Security Standards level from the rules that implement the
 * standards' controls (those with a {@code PSS:<level>:<control>} alias): the rules are the one
 * definition of each control. They run here whatever the user's settings say, since ignoring a
 * rule must not raise a workload's level.
 */
public final class PodSecurity {

  static final String PREFIX = "PSS:";
  private static final String BASELINE = PREFIX + "baseline:";

  private final List<Rule<Workload>> controls;

  public PodSecurity(List<Rule<Workload>> rules) {
    this.controls = rules.stream().filter(r -> !pssAliases(r.meta()).isEmpty()).toList();
  }

  private static List<String> pssAliases(RuleMeta meta) {
    return meta.aliases().stream().filter(a -> a.startsWith(PREFIX)).toList();
  }

  public WorkloadAssessment assess(Workload workload) {
    TreeSet<String> failed = new TreeSet<>();
    for (Rule<Workload> rule : controls) {
      List<Boolean> fired = new ArrayList<>();
      rule.check(workload, (location, message) -> fired.add(true));
      if (!fired.isEmpty()) {
        failed.addAll(pssAliases(rule.meta()));
      }
    }
    PodSecurityLevel level;
    if (failed.stream().anyMatch(c -> c.startsWith(BASELINE))) {
      level = PodSecurityLevel.PRIVILEGED;
    } else if (!failed.isEmpty()) {
      level = PodSecurityLevel.BASELINE;
    } else {
      level = PodSecurityLevel.RESTRICTED;
    }
    var source = workload.object().file().source();
    int start = workload.object().offset();
    return new WorkloadAssessment(
        source.name(),
        workload.object().document().index(),
        source.line(start),
        workload.object().id(),
        level.label(),
        new ArrayList<>(failed));
  }
}
