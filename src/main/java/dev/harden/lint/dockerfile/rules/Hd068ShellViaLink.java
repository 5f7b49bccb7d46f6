package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Set;

/** {@code RUN ln -sf /bin/bash /bin/sh}: replacing the system shell to change RUN's shell. */
public final class Hd068ShellViaLink implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD068", RuleKind.DOCKERFILE, "Use SHELL to change the default shell")
          .severity(Severity.WARNING)
          .rationale(
              "Relinking /bin/sh changes the shell of every script in the image, including the"
                  + " distribution's own maintainer scripts; SHELL changes only what RUN uses.")
          .aliases("DL4005")
          .build();

  private static final Set<String> SYSTEM_SHELLS = Set.of("/bin/sh", "/usr/bin/sh");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Run run)) {
        continue;
      }
      for (SimpleCommand ln : run.script().commands("ln")) {
        List<String> args =
            ln.positionalArgs(FlagSpec.withValues("-S", "--suffix", "-t", "--target-directory"));
        if (args.size() >= 2 && SYSTEM_SHELLS.contains(args.get(args.size() - 1))) {
          out.report(
              ctx.at(site.written(), ctx.dockerfile().span(ln.start(), ln.end())),
              "ln replaces "
                  + args.get(args.size() - 1)
                  + " with "
                  + args.get(0)
                  + ": use SHELL [\""
                  + args.get(0)
                  + "\", \"-c\"] to change the shell of RUN");
        }
      }
    }
  }
}
