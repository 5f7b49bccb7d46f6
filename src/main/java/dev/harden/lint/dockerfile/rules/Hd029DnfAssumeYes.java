package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD029: a dnf command that asks for confirmation, without {@code -y}. */
public final class Hd029DnfAssumeYes implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD029", RuleKind.DOCKERFILE, "Use -y with dnf install")
      .severity(Severity.WARNING)
      .rationale("A build has no one to answer dnf's confirmation prompt: without -y the command "
          + "fails.")
      .aliases("DL3038")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.assumeYes(ctx, out, "dnf", "dnf5");
  }
}
