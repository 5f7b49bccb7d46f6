package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD026: a yum command that asks for confirmation, without {@code -y}. */
public final class Hd026YumAssumeYes implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD026", RuleKind.DOCKERFILE, "Use -y with yum install")
      .severity(Severity.WARNING)
      .rationale("A build has no one to answer yum's confirmation prompt: without -y the command "
          + "fails.")
      .aliases("DL3030")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.assumeYes(ctx, out, "yum");
  }
}
