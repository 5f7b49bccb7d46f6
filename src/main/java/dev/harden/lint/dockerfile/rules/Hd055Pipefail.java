package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.shell.Command;
import dev.harden.dockerfile.shell.CompoundCommand;
import dev.harden.dockerfile.shell.Dialect;
import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.Sequence;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shell-form RUN with a pipe whose shell does not fail on a failing stage of the pipe: the active
 * {@code SHELL} (per stage, inherited by stages built on it) lacks {@code -o pipefail} and the
 * script does not {@code set -o pipefail} before the pipe. Pipes whose writers cannot fail ({@code
 * echo}, {@code printf}, {@code yes}) and pipes inside a nested {@code sh -c} (another shell,
 * another setting) are not counted. Exec-form RUN has no shell and passes.
 */
public final class Hd055Pipefail implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD055", RuleKind.DOCKERFILE, "Set -o pipefail before RUN with a pipe")
          .severity(Severity.WARNING)
          .rationale(
              "A pipe's status is its last command's, so a failed download in curl | tar still"
                  + " lets the build continue with a half-made layer; SHELL [\"/bin/bash\", \"-o\","
                  + " \"pipefail\", \"-c\"] or set -o pipefail makes it fail.")
          .aliases("DL4006")
          .fixable()
          .build();

  /** Writers that cannot fail in a way pipefail would report. */
  private static final Set<String> HARMLESS_WRITERS = Set.of("echo", "printf", "yes", "true");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Run run) || !(run.command() instanceof ShellForm form)) {
        continue;
      }
      ShellScript script = run.script();
      if (script.dialect() != Dialect.POSIX) {
        continue;
      }
      Optional<Pipeline> pipe = firstRiskyPipe(script);
      if (pipe.isEmpty()) {
        continue;
      }
      boolean shebang =
          run.heredocs().size() == 1
              && form.text().strip().startsWith("<<")
              && run.heredocs().get(0).effectiveContent().startsWith("#!");
      List<String> shell = site.scope().map(s -> s.shell()).orElse(List.of());
      if ((!shebang && hasPipefail(shell))
          || setsPipefailBefore(script, pipe.get().commands().get(0).start())) {
        continue;
      }
      List<Command> piped = pipe.get().commands();
      out.report(
          ctx.at(
              site.written(),
              ctx.dockerfile().span(piped.get(0).start(), piped.get(piped.size() - 1).end())),
          "pipe in RUN without pipefail: a failure before the last | goes unnoticed; add SHELL"
              + " [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (or set -o pipefail) before it");
    }
  }

  /** The first pipe whose writing side can fail, outside nested shells. */
  private static Optional<Pipeline> firstRiskyPipe(ShellScript script) {
    for (Pipeline p : script.pipelines()) {
      if (!p.isPiped()) {
        continue;
      }
      Optional<SimpleCommand> first = firstSimple(p.commands().get(0));
      if (first.isEmpty() || script.nesting(first.get()).contains(Nesting.INLINE_SCRIPT)) {
        continue;
      }
      for (Command writer : p.commands().subList(0, p.commands().size() - 1)) {
        if (!(writer instanceof SimpleCommand s
            && HARMLESS_WRITERS.contains(s.effective().program()))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<SimpleCommand> firstSimple(Command c) {
    if (c instanceof SimpleCommand s) {
      return Optional.of(s);
    }
    for (Sequence body : ((CompoundCommand) c).bodies()) {
      for (Pipeline p : body.pipelines()) {
        for (Command inner : p.commands()) {
          Optional<SimpleCommand> found = firstSimple(inner);
          if (found.isPresent()) {
            return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code ["/bin/bash", "-o", "pipefail", "-c"]}, {@code ["/bin/ash", "-eo", "pipefail", "-c"]}.
   */
  public static boolean hasPipefail(List<String> shell) {
    for (int i = 0; i + 1 < shell.size(); i++) {
      if (shell.get(i).matches("-[A-Za-z]*o") && shell.get(i + 1).equals("pipefail")) {
        return true;
      }
    }
    return false;
  }

  /** A top-level {@code set -o pipefail} (or {@code set -euxo pipefail}) before the offset. */
  private static boolean setsPipefailBefore(ShellScript script, int offset) {
    for (SimpleCommand c : script.commands("set")) {
      if (c.start() < offset && script.nesting(c).isEmpty() && hasPipefail(c.args())) {
        return true;
      }
    }
    return false;
  }
}
