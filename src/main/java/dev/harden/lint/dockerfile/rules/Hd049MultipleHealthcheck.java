package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Healthcheck;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** Several {@code HEALTHCHECK} instructions in one stage: all but the last are ignored. */
public final class Hd049MultipleHealthcheck implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD049", RuleKind.DOCKERFILE, "Keep one HEALTHCHECK per stage")
          .severity(Severity.ERROR)
          .rationale(
              "Only the last HEALTHCHECK of a stage takes effect; the others mislead"
                  + " whoever reads the file about what the image does.")
          .aliases("DL3012", "DS-0023", "DS023")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    OverriddenInstructions.report(ctx, out, Healthcheck.class);
  }
}
