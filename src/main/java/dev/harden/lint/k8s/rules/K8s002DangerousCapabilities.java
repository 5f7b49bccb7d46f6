package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** Capabilities the baseline Pod Security Standard forbids adding (SYS_ADMIN, NET_RAW, ...). */
public final class K8s002DangerousCapabilities implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S002", RuleKind.KUBERNETES, "Do not add capabilities beyond the default set")
          .severity(Severity.ERROR)
          .rationale(
              "Capabilities outside the runtime's default set (SYS_ADMIN, NET_ADMIN, SYS_PTRACE,"
                  + " SYS_MODULE, ...) and NET_RAW give a container powers over the node or its"
                  + " network that an application does not need; the baseline standard forbids"
                  + " them.")
          .aliases(
              "KSV-0005", "KSV005", "KSV-0120", "KSV120", "KSV-0106", "KSV106", "KSV-0022", "KSV022",
              "drop-net-raw-capability", "CapSysAdmin", "PSS:baseline:capabilities")
          .hardening(5)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    AddedCapabilities.forEach(
        workload,
        (c, added, cap) -> {
          if (!Capabilities.BASELINE_ALLOWED.contains(cap)) {
            String why = Capabilities.why(cap);
            report.at(
                added,
                c,
                WorkloadReport.describe(c)
                    + " adds capability "
                    + cap
                    + (why.isEmpty() ? " (outside the default set)" : " (" + why + ")"));
          }
        });
  }
}
