package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD030: dnf install in the final image without {@code dnf clean all} later in the same RUN. */
public final class Hd030DnfCleanAll implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD030", RuleKind.DOCKERFILE,
          "Run dnf clean all after dnf install")
      .severity(Severity.WARNING)
      .rationale("dnf keeps repository metadata and downloaded packages in /var/cache/dnf; unless "
          + "the same RUN cleans them up they ship in the image.")
      .aliases("DL3040", "DS-0019", "DS019")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.cleanAll(ctx, out, "dnf");
    RpmChecks.cleanAll(ctx, out, "dnf5");
  }
}
