package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Profile;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import java.util.Optional;

/** An AppArmor profile (field or annotation) that is Unconfined or unknown (baseline standard). */
public final class K8s020AppArmorUnconfined implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S020", RuleKind.KUBERNETES, "Do not turn AppArmor off")
          .severity(Severity.WARNING)
          .rationale(
              "On nodes with AppArmor the runtime's default profile blocks writes to /proc and"
                  + " /sys and mounts; Unconfined removes it. Only RuntimeDefault and Localhost"
                  + " profiles are allowed by the baseline standard.")
          .aliases("KSV-0002", "KSV002", "ApparmorUnconfined", "PSS:baseline:appArmor")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      Optional<Profile> profile = workload.security(c).appArmorProfile();
      if (profile.isEmpty()) {
        continue;
      }
      Profile p = profile.get();
      String who = WorkloadReport.inContainer(p.source(), c) ? WorkloadReport.describe(c) : "the pod";
      if (p.type() == Profile.Type.UNCONFINED) {
        report.at(p.source(), c, who + " runs AppArmor unconfined");
      } else if (p.type() == Profile.Type.OTHER) {
        report.at(p.source(), c, who + " sets an unknown AppArmor profile '" + p.raw() + "'");
      }
    }
  }
}
