package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import java.util.Optional;

/**
 * Recognises build stages that produce a static binary: {@code CGO_ENABLED=0 go build} (as an
 * assignment on the command or an ENV/ARG of the stage), or {@code cargo build} for a musl target.
 */
final class StaticBinaries {

  private StaticBinaries() {}

  /** "Go" or "Rust" when the stage builds a static binary. */
  static Optional<String> builtBy(Stage stage) {
    for (Instruction i : stage.instructions()) {
      if (!(i instanceof Run run)) {
        continue;
      }
      for (SimpleCommand c : run.script().commands("go", "cargo")) {
        if (c.is("go") && c.subcommand(FlagSpec.NONE).filter("build"::equals).isPresent()
            && cgoDisabled(stage, i, c)) {
          return Optional.of("Go");
        }
        if (c.is("cargo") && c.subcommand(FlagSpec.NONE).filter("build"::equals).isPresent()
            && c.flagValues("--target").stream().anyMatch(t -> t.endsWith("-musl"))) {
          return Optional.of("Rust");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean cgoDisabled(Stage stage, Instruction at, SimpleCommand c) {
    if (c.assignments().stream().anyMatch(a -> a.name().equals("CGO_ENABLED")
        && a.value().value().equals("0"))) {
      return true;
    }
    return stage.scopeAt(at).variable("CGO_ENABLED").flatMap(v -> v.value())
        .filter("0"::equals).isPresent();
  }

  /**
   * The static-binary stage a final stage takes everything from, when it runs nothing itself: no
   * RUN, only {@code COPY --from} of build stages (at least one building a static binary), and no
   * shell-form CMD or ENTRYPOINT.
   */
  static Optional<String> onlyCopiesStaticBinary(Dockerfile df, Stage finalStage) {
    String language = null;
    for (Instruction i : finalStage.instructions()) {
      if (i instanceof Run || i instanceof dev.harden.dockerfile.Add
          || i instanceof dev.harden.dockerfile.Onbuild) {
        return Optional.empty();
      }
      if (i instanceof dev.harden.dockerfile.Cmd cmd && !cmd.command().isExecForm()
          || i instanceof dev.harden.dockerfile.Entrypoint e && !e.command().isExecForm()) {
        return Optional.empty();
      }
      if (i instanceof Copy copy) {
        Optional<Stage> from = copy.from().flatMap(df::stage);
        if (from.isEmpty() || from.get().index() >= finalStage.index()) {
          return Optional.empty();
        }
        Optional<String> built = builtBy(from.get());
        if (built.isPresent()) {
          language = built.get();
        }
      }
    }
    return Optional.ofNullable(language);
  }
}
