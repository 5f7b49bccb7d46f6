package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/**
 * Hardening change ①: a tagged image without a digest. Untagged and {@code :latest} images are
 * {@link K8s024ImageLatestTag}'s.
 */
public final class K8s025ImageDigest implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S025", RuleKind.KUBERNETES, "Pin images by digest")
          .severity(Severity.INFO)
          .rationale(
              "Tags move: the same tag can point at a different image tomorrow. A digest"
                  + " (image:tag@sha256:...) makes every node run exactly the image you scanned.")
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
            if (!name.pinnedByDigest() && name.tag() != null && !name.tag().equals("latest")) {
              report.at(
                  image, c, WorkloadReport.describe(c) + " uses image " + image.value() + " without a digest");
            }
          });
    }
  }
}
