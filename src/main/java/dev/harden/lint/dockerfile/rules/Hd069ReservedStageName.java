package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Set;

/** A stage called {@code scratch} or {@code context}, names BuildKit gives a meaning of its own. */
public final class Hd069ReservedStageName implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD069", RuleKind.DOCKERFILE, "Do not name a stage scratch or context")
          .severity(Severity.WARNING)
          .rationale(
              "scratch is the empty base image and context the build context of named contexts;"
                  + " a stage with one of these names shadows it, so FROM scratch or --from=context"
                  + " silently means the stage.")
          .aliases("DL3063")
          .build();

  private static final Set<String> RESERVED = Set.of("scratch", "context");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      if (stage.name().isPresent() && RESERVED.contains(stage.name().get())) {
        out.report(
            ctx.at(stage.from(), stage.from().stageName().get().span()),
            "stage name " + stage.name().get() + " is reserved by BuildKit: rename the stage");
      }
    }
  }
}
