package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Entrypoint;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** Several {@code ENTRYPOINT} instructions in one stage: all but the last are ignored. */
public final class Hd048MultipleEntrypoint implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD048", RuleKind.DOCKERFILE, "Keep one ENTRYPOINT per stage")
          .severity(Severity.ERROR)
          .rationale(
              "Only the last ENTRYPOINT of a stage takes effect; the others mislead"
                  + " whoever reads the file about what the image does.")
          .aliases("DL4004", "DS-0007", "DS007")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    OverriddenInstructions.report(ctx, out, Entrypoint.class);
  }
}
