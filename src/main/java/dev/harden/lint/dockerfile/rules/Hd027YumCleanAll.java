package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD027: yum install in the final image without {@code yum clean all} later in the same RUN. */
public final class Hd027YumCleanAll implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD027", RuleKind.DOCKERFILE,
          "Run yum clean all after yum install")
      .severity(Severity.WARNING)
      .rationale("yum keeps repository metadata and downloaded packages in /var/cache/yum; unless "
          + "the same RUN cleans them up they ship in the image.")
      .aliases("DL3032", "DS-0015", "DS015")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.cleanAll(ctx, out, "yum");
  }
}
