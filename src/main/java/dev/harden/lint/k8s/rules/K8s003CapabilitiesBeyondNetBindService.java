package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/**
 * Default-set capabilities other than NET_BIND_SERVICE added back (restricted standard). The ones
 * outside the default set are {@link K8s002DangerousCapabilities}'s.
 */
public final class K8s003CapabilitiesBeyondNetBindService implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of(
              "K8S003",
              RuleKind.KUBERNETES,
              "Add back no capability other than NET_BIND_SERVICE")
          .severity(Severity.WARNING)
          .rationale(
              "The restricted standard lets a container add back only NET_BIND_SERVICE after"
                  + " dropping ALL; CHOWN, SETUID, DAC_OVERRIDE and friends are what a process"
                  + " running as root uses to undo a non-root setup.")
          .aliases("KSV-0106", "KSV106", "KSV-0022", "KSV022", "PSS:restricted:capabilities")
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
          if (Capabilities.BASELINE_ALLOWED.contains(cap) && !cap.equals(Capabilities.RESTRICTED_ALLOWED)) {
            report.at(
                added,
                c,
                WorkloadReport.describe(c)
                    + " adds capability "
                    + cap
                    + " (the restricted standard allows only NET_BIND_SERVICE)");
          }
        });
  }
}
