package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.HashMap;
import java.util.Map;

/** Two stages with the same name (names are case-insensitive). */
public final class Hd054DuplicateStageName implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD054", RuleKind.DOCKERFILE, "Give every stage a unique name")
          .severity(Severity.ERROR)
          .rationale(
              "With two stages of one name, FROM, COPY --from and --target pick one of them"
                  + " silently, so the other stage's work is lost or copied from by mistake.")
          .aliases("DL3024", "DS-0012", "DS012")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Map<String, Stage> seen = new HashMap<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      if (stage.name().isEmpty() || stage.from().stageName().isEmpty()) {
        continue;
      }
      Stage first = seen.putIfAbsent(stage.name().get(), stage);
      if (first != null) {
        out.report(
            ctx.at(stage.from(), stage.from().stageName().get().span()),
            "stage name "
                + stage.name().get()
                + " is already used by the stage on line "
                + first.from().line());
      }
    }
  }
}
