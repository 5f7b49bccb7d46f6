package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Mount;
import dev.harden.dockerfile.Onbuild;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.Location;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One {@code RUN} (or {@code ONBUILD RUN}) with the stage it belongs to: what the shell rules walk.
 * {@code instruction} is the top-level instruction (the {@code ONBUILD} for a trigger), which is
 * where findings and suppressions attach.
 */
record RunSite(Stage stage, Instruction instruction, Run run) {

  /** Every RUN of every stage, ONBUILD triggers included, in file order. */
  static List<RunSite> all(DockerfileContext ctx) {
    List<RunSite> sites = new ArrayList<>();
    for (Stage stage : ctx.dockerfile().stages()) {
      sites.addAll(of(stage));
    }
    return sites;
  }

  /** The RUNs of the stages whose file system becomes the final image. */
  static List<RunSite> inFinalImage(DockerfileContext ctx) {
    List<RunSite> sites = new ArrayList<>();
    for (Stage stage : ctx.imageChain()) {
      sites.addAll(of(stage));
    }
    return sites;
  }

  static List<RunSite> of(Stage stage) {
    List<RunSite> sites = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      if (i.unwrapped() instanceof Run run) {
        sites.add(new RunSite(stage, i, run));
      }
    }
    return sites;
  }

  ShellScript script() {
    return run.script();
  }

  boolean isOnbuild() {
    return instruction instanceof Onbuild;
  }

  /** The effective commands (wrappers peeled) running one of {@code programs}. */
  List<SimpleCommand> commands(String... programs) {
    return script().commands(programs);
  }

  /** Where a command starts, for a finding. */
  Location at(DockerfileContext ctx, SimpleCommand command) {
    return ctx.at(instruction, ctx.dockerfile().span(command.start(), command.end()));
  }

  /** Whether a command after {@code command} in this RUN matches. */
  boolean later(SimpleCommand command, Predicate<SimpleCommand> test) {
    for (SimpleCommand c : script().commands()) {
      if (c.start() > command.start() && test.test(c.effective())) {
        return true;
      }
    }
    return false;
  }

  /** Whether any command of this RUN matches. */
  boolean any(Predicate<SimpleCommand> test) {
    for (SimpleCommand c : script().commands()) {
      if (test.test(c.effective())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a {@code --mount=type=cache} (or tmpfs) covers {@code dir}: its target is the
   * directory or one of its parents, so nothing written there reaches the layer.
   */
  boolean cachesDirectory(String dir) {
    for (Mount m : run.mounts()) {
      if (!m.type().equals("cache") && !m.type().equals("tmpfs")) {
        continue;
      }
      String target = m.target().map(RunSite::trimSlash).orElse("");
      if (!target.isEmpty() && (dir.equals(target) || dir.startsWith(target + "/"))) {
        return true;
      }
    }
    return false;
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
