package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.SourceSpan;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every Dockerfile rule sees: the parsed file (parsed once, shared), the stage the build
 * produces, and the user's settings.
 *
 * @param dockerfile the parsed file
 * @param finalStage the stage {@code docker build} produces (the last, or {@code --target})
 * @param settings rule settings (trusted registries, ...)
 */
public record DockerfileContext(Dockerfile dockerfile, Stage finalStage, LintSettings settings) {

  /**
   * The stages whose file system ends up in the final image: the final stage and, when it is built
   * {@code FROM} an earlier stage, that stage and so on down to the one built on an image. Root
   * first. A {@code USER} or a package manager in any of them reaches the image.
   */
  public List<Stage> imageChain() {
    List<Stage> chain = new ArrayList<>();
    Stage s = finalStage;
    chain.add(s);
    for (int hops = 0; s.base() instanceof Base.StageRef ref && hops < dockerfile.stages().size();
        hops++) {
      s = dockerfile.stages().get(ref.index());
      chain.add(s);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** Whether the stage is in {@link #imageChain()}. */
  public boolean inFinalImage(Stage stage) {
    return imageChain().stream().anyMatch(s -> s.index() == stage.index());
  }

  /** The location of an instruction's keyword, with its stage. */
  public Location at(Instruction instruction) {
    return at(instruction, instruction.span());
  }

  /** The location of a span inside an instruction, with the instruction's stage. */
  public Location at(Instruction instruction, SourceSpan span) {
    Location location = Location.of(dockerfile.path(), span.line(), span.column());
    return dockerfile.stageOf(instruction)
        .map(s -> location.with("stage", s.label()))
        .orElse(location);
  }
}
