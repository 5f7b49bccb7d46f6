package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD032: microdnf install in the final image without {@code microdnf clean all} later in the same
 * RUN.
 */
public final class Hd032MicrodnfCleanAll implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD032", RuleKind.DOCKERFILE,
          "Run microdnf clean all after microdnf install")
      .severity(Severity.WARNING)
      .rationale("microdnf keeps repository metadata and packages in its cache; unless the same"
          + " RUN cleans them up they ship in the image.")
      .aliases("DS-0027", "DS027")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.cleanAll(ctx, out, "microdnf");
  }
}
