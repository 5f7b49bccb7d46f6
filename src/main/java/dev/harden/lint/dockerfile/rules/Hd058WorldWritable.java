package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Flag;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;

/**
 * World-writable files in the image: {@code chmod 777}/{@code o+w}, {@code mkdir -m 777}, {@code
 * install -m 666}, {@code COPY --chmod=777}. Only the stages that make the final image count;
 * sticky directories ({@code 1777}) and scratch directories the same RUN deletes pass.
 */
public final class Hd058WorldWritable implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD058", RuleKind.DOCKERFILE, "Do not make files world-writable")
          .severity(Severity.WARNING)
          .rationale(
              "A world-writable file or directory lets any process in the container, whatever its"
                  + " user, replace code or configuration; give the one user that writes it"
                  + " ownership (chown) or group access (g+w) instead.")
          .build();

  private static final FlagSpec CHMOD = FlagSpec.withValues("--reference");
  private static final FlagSpec MKDIR =
      FlagSpec.withValues("-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "-S");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.imageChain()) {
      for (InstructionSite site : InstructionSite.of(stage)) {
        Instruction e = site.effective();
        for (Flag f : e.flags("chmod")) {
          if (FileModes.isWorldWritable(f.valueOrEmpty())) {
            out.report(
                ctx.at(site.written(), f.span()),
                e.keyword()
                    + " --chmod="
                    + f.valueOrEmpty()
                    + " makes the copied files"
                    + " world-writable: use --chown for the user that writes them");
          }
        }
        if (e instanceof Run run) {
          for (SimpleCommand c : InstructionSite.distinct(run.script().commands())) {
            check(ctx, out, site, run.script(), c.effective());
          }
        }
      }
    }
  }

  private static void check(
      DockerfileContext ctx,
      FindingSink out,
      InstructionSite site,
      ShellScript script,
      SimpleCommand c) {
    String mode = null;
    ShellWord where = null;
    List<ShellWord> targets = List.of();
    if (c.is("chmod")) {
      List<ShellWord> positionals = c.positionals(CHMOD);
      if (!positionals.isEmpty()) {
        where = positionals.get(0);
        mode = where.value();
        targets = positionals.subList(1, positionals.size());
      }
    } else if (c.is("mkdir", "install")) {
      mode = c.flagValue("-m", "--mode").orElse(null);
      where = mode == null ? null : c.nameWord().orElseThrow();
      targets = c.positionals(MKDIR);
    }
    if (mode != null && FileModes.isWorldWritable(mode) && !allRemoved(script, targets)) {
      out.report(
          ctx.at(site.written(), ctx.dockerfile().span(where.start(), where.end())),
          c.program()
              + " "
              + mode
              + " makes files world-writable: any process in the"
              + " container can change them; chown them to the user that writes them instead");
    }
  }

  /** Scratch directories the same RUN deletes never reach the image. */
  private static boolean allRemoved(ShellScript script, List<ShellWord> targets) {
    if (targets.isEmpty()) {
      return false;
    }
    for (ShellWord t : targets) {
      if (!RemovedPaths.removedBy(script, t.value())) {
        return false;
      }
    }
    return true;
  }
}
