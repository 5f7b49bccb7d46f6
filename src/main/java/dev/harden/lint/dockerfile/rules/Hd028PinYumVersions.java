package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD028: {@code yum install} names packages without a version ({@code name-version}). */
public final class Hd028PinYumVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD028", RuleKind.DOCKERFILE,
          "Pin versions in yum install")
      .severity(Severity.WARNING)
      .rationale("Without a version yum installs whatever the repository serves at build time, so "
          + "rebuilds differ.")
      .aliases("DL3033")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.pinned(ctx, out, "yum");
  }
}
