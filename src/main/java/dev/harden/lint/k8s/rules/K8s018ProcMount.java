package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** {@code procMount} other than Default (baseline standard). */
public final class K8s018ProcMount implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S018", RuleKind.KUBERNETES, "Keep the default /proc masking (procMount)")
          .severity(Severity.ERROR)
          .rationale(
              "procMount: Unmasked exposes the parts of /proc the runtime normally hides, such"
                  + " as kernel keys and /proc/sysrq-trigger.")
          .aliases("KSV-0027", "KSV027", "unsafe-proc-mount", "PSS:baseline:procMount")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      workload.security(c).procMount()
          .filter(f -> !f.value().equals("Default"))
          .ifPresent(
              f -> report.at(f, c, WorkloadReport.describe(c) + " sets procMount: " + f.value()));
    }
  }
}
