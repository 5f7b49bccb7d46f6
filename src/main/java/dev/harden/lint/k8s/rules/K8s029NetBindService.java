package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/**
 * NET_BIND_SERVICE added back. Every standard allows it, but a process that listens on a port
 * above 1024 needs no capability at all. Together with {@link K8s002DangerousCapabilities} and
 * {@link K8s003CapabilitiesBeyondNetBindService} this reports every added capability, as Trivy's
 * KSV-0022 does.
 */
public final class K8s029NetBindService implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of(
              "K8S029",
              RuleKind.KUBERNETES,
              "Listen on a port above 1024 instead of adding NET_BIND_SERVICE")
          .severity(Severity.INFO)
          .rationale(
              "NET_BIND_SERVICE only lets a process bind ports below 1024; listening on a higher"
                  + " port (the Service can still expose 80 or 443) leaves the container with no"
                  + " capability at all.")
          .aliases("KSV-0022", "KSV022")
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
          if (cap.equals(Capabilities.RESTRICTED_ALLOWED)) {
            report.at(added, c, WorkloadReport.describe(c) + " adds capability NET_BIND_SERVICE");
          }
        });
  }
}
