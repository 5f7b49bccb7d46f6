package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** Hardening change ①: an image with {@code :latest} or no tag and no digest. */
public final class K8s024ImageLatestTag implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S024", RuleKind.KUBERNETES, "Do not use :latest or untagged images")
          .severity(Severity.WARNING)
          .rationale(
              ":latest (or no tag) means each node may run a different image, rollbacks do not"
                  + " roll back and nobody can say what is deployed; pin a digest.")
          .aliases("KSV-0013", "KSV013", "latest-tag")
          .hardening(1)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    for (Container c : workload.podSpec().containers()) {
      c.image().ifPresent(
          image -> {
            ImageName name = ImageName.parse(image.value());
            if (name.pinnedByDigest()) {
              return;
            }
            if (name.tag() == null) {
              report.at(image, c, WorkloadReport.describe(c) + " uses image " + image.value() + " without a tag");
            } else if (name.tag().equals("latest")) {
              report.at(image, c, WorkloadReport.describe(c) + " uses image " + image.value());
            }
          });
    }
  }
}
