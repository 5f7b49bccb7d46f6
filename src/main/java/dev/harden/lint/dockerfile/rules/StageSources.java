package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Flag;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Mount;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.SourceSpan;
import dev.harden.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code COPY --from=} and {@code RUN --mount=from=} references of a file, and what BuildKit
 * makes of them: a number is a stage index, a name of any stage (earlier or later) is that stage,
 * anything else is an image. ONBUILD triggers are left out: they refer to the child's stages.
 */
final class StageSources {

  /** One reference: the instruction, the stage it is in, the value as written, where it is. */
  record Reference(Instruction instruction, Stage stage, String written, SourceSpan span) {

    String describe() {
      return instruction instanceof Copy ? "COPY --from=" + written : "RUN --mount=from=" + written;
    }
  }

  private StageSources() {}

  static List<Reference> all(Dockerfile dockerfile) {
    List<Reference> refs = new ArrayList<>();
    for (Stage stage : dockerfile.stages()) {
      for (Instruction insn : stage.instructions()) {
        if (insn instanceof Copy copy) {
          for (Flag f : copy.flags("from")) {
            refs.add(new Reference(insn, stage, f.valueOrEmpty(), f.valueSpan().orElse(f.span())));
          }
        } else if (insn instanceof Run run) {
          for (Mount m : run.mounts()) {
            m.from().ifPresent(from -> refs.add(new Reference(insn, stage, from, m.flag().span())));
          }
        }
      }
    }
    return refs;
  }

  /** The stage a reference names, if it names one. */
  static Optional<Stage> stage(Dockerfile dockerfile, String written) {
    if (written.matches("\\d+")) {
      return written.length() > 9 ? Optional.empty() : dockerfile.stage(written);
    }
    return dockerfile.stage(written).filter(s -> s.name().isPresent());
  }
}
