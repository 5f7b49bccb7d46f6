package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.StageGraph.Dependency;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A label {@code labelSchema} names is not set on an image the Dockerfile builds. Silent without a
 * schema. The images are the final stage's and those of other stages nothing else in the file uses
 * (a {@code --target} someone may build); a stage another one builds on, copies from or mounts is
 * an ingredient and is not checked. A stage carries the labels of the stages it is built {@code
 * FROM}; {@code ONBUILD LABEL} labels other images and does not count. One finding per missing
 * label, on the stage's {@code FROM}.
 */
public final class Hd075SchemaLabelMissing implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD075", RuleKind.DOCKERFILE, "Set every label the label schema requires")
          .severity(Severity.INFO)
          .rationale(
              "Registries, scanners and inventories find an image's source, version and owner"
                  + " through its labels; labelSchema in .harden.yaml lists the ones the"
                  + " organisation relies on.")
          .aliases("DL3049")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    LabelSchema schema = ctx.settings().labelSchema();
    if (schema.isEmpty()) {
      return;
    }
    Set<Integer> used = new HashSet<>();
    for (Dependency d : ctx.dockerfile().graph().dependencies()) {
      if (d.target() instanceof Base.StageRef ref && ref.index() != d.stage()) {
        used.add(ref.index());
      }
    }
    for (Stage stage : ctx.dockerfile().stages()) {
      if (stage.index() != ctx.finalStage().index() && used.contains(stage.index())) {
        continue;
      }
      Set<String> set = new HashSet<>();
      if (!labelsOf(ctx, stage, set)) {
        continue;
      }
      for (String label : schema.labels().keySet()) {
        if (!set.contains(label)) {
          out.report(ctx.at(stage.from()), "the image of stage " + stage.label()
              + " has no label " + label + ", which labelSchema requires");
        }
      }
    }
  }

  /**
   * Adds the labels the stage and the stages it is built on set; false when one of them has a
   * key that uses a variable, which could be any label.
   */
  private static boolean labelsOf(DockerfileContext ctx, Stage stage, Set<String> into) {
    List<Stage> stages = ctx.dockerfile().stages();
    Stage s = stage;
    for (int hops = 0; hops <= stages.size(); hops++) {
      for (SchemaLabels.Pair p : SchemaLabels.setBy(s)) {
        if (p.key().isEmpty()) {
          return false;
        }
        into.add(p.key().get());
      }
      if (!(s.base() instanceof Base.StageRef ref)) {
        break;
      }
      s = stages.get(ref.index());
    }
    return true;
  }
}
