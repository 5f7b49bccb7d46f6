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

/** A seccomp profile explicitly set to Unconfined, or to a value Kubernetes does not know (baseline). */
public final class K8s011SeccompUnconfined implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S011", RuleKind.KUBERNETES, "Do not run containers seccomp Unconfined")
          .severity(Severity.WARNING)
          .rationale(
              "An Unconfined seccomp profile switches system call filtering off; the baseline"
                  + " standard allows only RuntimeDefault or a Localhost profile.")
          .aliases(
              "KSV-0030", "KSV030", "KSV-0104", "KSV104", "SeccompUnconfined", "PSS:baseline:seccomp")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      Optional<Profile> profile = workload.security(c).seccompProfile();
      if (profile.isEmpty()) {
        continue;
      }
      Profile p = profile.get();
      boolean own = WorkloadReport.inContainer(p.source(), c);
      String who = own ? WorkloadReport.describe(c) : "the pod";
      if (p.type() == Profile.Type.UNCONFINED) {
        report.at(p.source(), c, who + " runs seccomp Unconfined");
      } else if (p.type() == Profile.Type.OTHER) {
        report.at(p.source(), c, who + " sets an unknown seccomp profile '" + p.raw() + "'");
      }
    }
  }
}
