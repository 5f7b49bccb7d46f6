package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Flag;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Short RUN instructions that directly follow each other in a stage (comments between them do not
 * count; any other instruction does) and could be one layer. RUNs with different flags ({@code
 * --mount}, {@code --network}) cannot simply be merged, and a RUN of more than two commands is a
 * deliberate step of its own, so both pass; a heredoc RUN is one RUN like any other.
 */
public final class Hd074ConsecutiveRun implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD074", RuleKind.DOCKERFILE, "Merge consecutive short RUN instructions")
          .severity(Severity.STYLE)
          .rationale(
              "Each RUN makes a layer; a file a later RUN deletes still ships in the earlier"
                  + " layer, and many small layers slow pulls.")
          .aliases("DL3059")
          .build();

  private static final int SMALL = 2;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      List<Run> group = new ArrayList<>();
      for (Instruction insn : stage.instructions()) {
        Run run = insn instanceof Run r && small(r) ? r : null;
        if (run == null || (!group.isEmpty() && !flags(group.get(0)).equals(flags(run)))) {
          report(ctx, out, group);
          group.clear();
        }
        if (run != null) {
          group.add(run);
        }
      }
      report(ctx, out, group);
    }
  }

  /** One finding per block of mergeable RUNs, at its second RUN. */
  private static void report(DockerfileContext ctx, FindingSink out, List<Run> group) {
    if (group.size() < 2) {
      return;
    }
    Run first = group.get(0);
    Run last = group.get(group.size() - 1);
    out.report(
        ctx.at(group.get(1)),
        group.size()
            + " consecutive RUN instructions (lines "
            + first.line()
            + "-"
            + last.line()
            + ") could be one layer: join them with &&");
  }

  private static boolean small(Run run) {
    return run.script().commands().size() <= SMALL;
  }

  private static List<String> flags(Run run) {
    List<String> raw = new ArrayList<>();
    for (Flag f : run.flags()) {
      raw.add(f.raw());
    }
    return raw;
  }
}
