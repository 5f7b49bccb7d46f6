package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.Command;
import dev.harden.dockerfile.shell.Dialect;
import dev.harden.dockerfile.shell.Nesting;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.rules.Hd055Pipefail;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HD055: a stage whose {@code RUN} pipes without {@code pipefail} gets {@code SHELL ["/bin/bash",
 * "-o", "pipefail", "-c"]} before that {@code RUN} (on Alpine and busybox images, whose shell is
 * ash, {@code ["/bin/ash", "-o", "pipefail", "-c"]}); later RUNs, CMDs and stages built on it use
 * it too. Only where the distro is known to have that shell. Suggested: a pipe whose first
 * command fails on purpose ({@code grep} finding nothing) now fails the build.
 */
final class PipefailFix implements DockerfileFix {

  private static final Set<String> HARMLESS_WRITERS = Set.of("echo", "printf", "yes", "true");

  @Override
  public String ruleId() {
    return "HD055";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction insn : stage.instructions()) {
        if (!(insn instanceof Run run) || !(run.command() instanceof ShellForm form)
            || run.script().dialect() != Dialect.POSIX || !riskyPipe(run.script())) {
          continue;
        }
        boolean shebang = run.heredocs().size() == 1 && form.text().strip().startsWith("<<")
            && run.heredocs().get(0).effectiveContent().startsWith("#!");
        if (Hd055Pipefail.hasPipefail(stage.scopeAt(insn).shell()) && !shebang
            || setsPipefail(run.script())) {
          continue;
        }
        String description = "run this stage's shell with -o pipefail";
        Optional<String> shell = shell(context, stage);
        if (shebang || shell.isEmpty()) {
          out.cannot(context.cannot(ruleId(), insn, description, shebang
              ? "the heredoc runs its own interpreter: add set -o pipefail to the script"
              : "harden does not know which shell the base image has; add SHELL with"
                  + " -o pipefail (or set -o pipefail in the RUN) by hand"));
          break;
        }
        out.add(context.fix(ruleId(), FixSafety.SUGGESTED, insn, description + " (" + shell.get()
                + ")", "a failure anywhere in a pipe now fails the build; a pipe that"
                + " relied on an early command failing quietly (grep finding nothing) needs"
                + " || true",
            List.of(DockerfileEdits.insertBefore(context, insn, List.of(context.keyword("SHELL")
                + " [\"" + shell.get() + "\", \"-o\", \"pipefail\", \"-c\"]")))));
        break;
      }
    }
  }

  /** bash where the distro has it, ash on Alpine and busybox; empty when unknown. */
  private static Optional<String> shell(FixContext context, Stage stage) {
    Base root = context.dockerfile().rootBase(stage);
    if (!(root instanceof Base.Image image)) {
      return Optional.empty();
    }
    Optional<Family> family = context.knowledge().lookup(image.reference())
        .filter(b -> b.kind() != BaseImage.Kind.MINIMAL || b.family() == Family.BUSYBOX)
        .map(BaseImage::family);
    return family.map(f -> switch (f) {
      case DEBIAN, UBUNTU, RHEL, AMAZONLINUX, SUSE -> "/bin/bash";
      case ALPINE, BUSYBOX, WOLFI -> "/bin/ash";
      default -> null;
    });
  }

  /** A pipe whose writing side can fail, outside nested shells (what HD055 reports). */
  private static boolean riskyPipe(ShellScript script) {
    for (Pipeline p : script.pipelines()) {
      if (!p.isPiped() || !(p.commands().get(0) instanceof SimpleCommand first)
          || script.nesting(first).contains(Nesting.INLINE_SCRIPT)) {
        if (p.isPiped() && !(p.commands().get(0) instanceof SimpleCommand)) {
          return true;
        }
        continue;
      }
      for (Command writer : p.commands().subList(0, p.commands().size() - 1)) {
        if (!(writer instanceof SimpleCommand s
            && HARMLESS_WRITERS.contains(s.effective().program()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean setsPipefail(ShellScript script) {
    for (SimpleCommand c : script.commands("set")) {
      if (script.nesting(c).isEmpty() && Hd055Pipefail.hasPipefail(c.args())) {
        return true;
      }
    }
    return false;
  }
}
