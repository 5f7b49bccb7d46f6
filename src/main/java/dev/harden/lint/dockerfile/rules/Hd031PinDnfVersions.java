package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD031: {@code dnf} (or {@code microdnf}) {@code install} names packages without a version;
 * {@code module install} needs a stream.
 */
public final class Hd031PinDnfVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD031", RuleKind.DOCKERFILE,
          "Pin versions in dnf install")
      .severity(Severity.WARNING)
      .rationale("Without a version dnf installs whatever the repository serves at build time, so "
          + "rebuilds differ.")
      .aliases("DL3041")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    RpmChecks.pinned(ctx, out, "dnf", "dnf5", "microdnf");
  }
}
