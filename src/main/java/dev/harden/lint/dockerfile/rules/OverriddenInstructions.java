package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Onbuild;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Instructions of which only the last one of a stage takes effect ({@code CMD}, {@code ENTRYPOINT},
 * {@code HEALTHCHECK}): every earlier one in the same stage is dead text. ONBUILD triggers are
 * compared among themselves, since they take effect in a child build.
 */
final class OverriddenInstructions {

  private OverriddenInstructions() {}

  static void report(DockerfileContext ctx, FindingSink out, Class<? extends Instruction> kind) {
    for (Stage stage : ctx.dockerfile().stages()) {
      List<Instruction> direct = new ArrayList<>();
      List<Instruction> triggers = new ArrayList<>();
      for (Instruction insn : stage.instructions()) {
        if (kind.isInstance(insn.unwrapped())) {
          (insn instanceof Onbuild ? triggers : direct).add(insn);
        }
      }
      reportAllButLast(ctx, out, stage, direct);
      reportAllButLast(ctx, out, stage, triggers);
    }
  }

  private static void reportAllButLast(
      DockerfileContext ctx, FindingSink out, Stage stage, List<Instruction> found) {
    if (found.size() < 2) {
      return;
    }
    Instruction last = found.get(found.size() - 1);
    for (Instruction insn : found.subList(0, found.size() - 1)) {
      String keyword = (insn instanceof Onbuild ? "ONBUILD " : "") + insn.unwrapped().keyword();
      out.report(
          ctx.at(insn),
          keyword
              + " is overridden by the "
              + keyword
              + " on line "
              + last.line()
              + ": only the last one in stage "
              + stage.label()
              + " takes effect");
    }
  }
}
