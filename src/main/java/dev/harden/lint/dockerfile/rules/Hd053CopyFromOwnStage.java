package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** {@code COPY --from} (or {@code RUN --mount=from=}) naming the stage it is in. */
public final class Hd053CopyFromOwnStage implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD053", RuleKind.DOCKERFILE, "Do not COPY --from the stage being built")
          .severity(Severity.ERROR)
          .rationale(
              "A stage cannot read its own result while it is being built: BuildKit stops with a"
                  + " circular dependency. Copy from the stage that produced the files.")
          .aliases("DL3023", "DS-0006", "DS006")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (StageSources.Reference ref : StageSources.all(ctx.dockerfile())) {
      Optional<Stage> target = StageSources.stage(ctx.dockerfile(), ref.written());
      if (target.isPresent() && target.get().index() == ref.stage().index()) {
        out.report(
            ctx.at(ref.instruction(), ref.span()),
            ref.describe()
                + " refers to its own stage "
                + ref.stage().label()
                + ": a stage cannot copy from itself");
      }
    }
  }
}
