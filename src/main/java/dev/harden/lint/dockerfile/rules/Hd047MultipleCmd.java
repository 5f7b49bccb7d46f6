package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Cmd;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** Several {@code CMD} instructions in one stage: all but the last are ignored. */
public final class Hd047MultipleCmd implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD047", RuleKind.DOCKERFILE, "Keep one CMD per stage")
          .severity(Severity.WARNING)
          .rationale(
              "Only the last CMD of a stage takes effect; the others mislead"
                  + " whoever reads the file about what the image does.")
          .aliases("DL4003", "DS-0016", "DS016")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    OverriddenInstructions.report(ctx, out, Cmd.class);
  }
}
