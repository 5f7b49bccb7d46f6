package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Scope;
import dev.harden.dockerfile.shell.Command;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.Sequence;
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
import java.util.Optional;

/**
 * {@code cd} in RUN where WORKDIR is meant: a {@code cd} that nothing after it in the RUN uses (it
 * does not carry over to the next instruction), or a {@code cd} into a lasting application
 * directory. Changing into a scratch directory to build something there ({@code cd /usr/src/x},
 * {@code cd "$tmp"}, a directory the same RUN removes) and {@code cd} inside a subshell, loop or
 * branch are how builds are written and pass.
 */
public final class Hd045CdInRun implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD045", RuleKind.DOCKERFILE, "Use WORKDIR instead of cd in RUN")
          .severity(Severity.WARNING)
          .rationale(
              "cd lasts only until the end of its RUN; a directory the following instructions"
                  + " work in belongs in WORKDIR, which every later instruction sees.")
          .aliases("DL3003", "DS-0013", "DS013")
          .build();

  private static final List<String> SCRATCH =
      List.of("/tmp", "/var/tmp", "/usr/src", "/usr/local/src", "/dev/shm");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Run run) || run.command().isExecForm()) {
        continue;
      }
      ShellScript script = run.script();
      List<Pipeline> top = script.root().pipelines();
      for (int i = 0; i < top.size(); i++) {
        if (!(single(top.get(i)) instanceof SimpleCommand cd) || !cd.is("cd")) {
          continue;
        }
        String where = cd.args().isEmpty() ? "~" : cd.args().get(cd.args().size() - 1);
        if (nothingUsesIt(script.root(), i)) {
          out.report(
              ctx.at(site.written(), ctx.dockerfile().span(cd.start(), cd.end())),
              "cd "
                  + where
                  + " has no effect: nothing after it in this RUN uses it and the next"
                  + " instruction starts in WORKDIR again; use WORKDIR "
                  + where);
        } else if (lastingDirectory(cd, site.scope(), script).isPresent()) {
          out.report(
              ctx.at(site.written(), ctx.dockerfile().span(cd.start(), cd.end())),
              "cd " + where + " in RUN: use WORKDIR " + where + " so later instructions see it");
        }
      }
    }
  }

  private static Command single(Pipeline p) {
    return p.commands().size() == 1 ? p.commands().get(0) : null;
  }

  /**
   * True when every top-level command after pipeline {@code i} is {@code exit}, {@code true} or
   * {@code :}.
   */
  private static boolean nothingUsesIt(Sequence root, int i) {
    for (Pipeline p : root.pipelines().subList(i + 1, root.pipelines().size())) {
      if (!(single(p) instanceof SimpleCommand c) || !c.is("exit", "true", ":")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The target of {@code cd /some/dir} when it is a literal absolute directory that is not a
   * scratch location and that the same RUN does not remove.
   */
  private static Optional<String> lastingDirectory(
      SimpleCommand cd, Optional<Scope> scope, ShellScript script) {
    List<ShellWord> args = cd.positionals(FlagSpec.NONE);
    if (args.size() != 1 || !args.get(0).isLiteral() || scope.isEmpty()) {
      return Optional.empty();
    }
    String dir = args.get(0).value().replaceAll("/+$", "");
    if (!dir.startsWith("/") || dir.isEmpty() || dir.contains("..")) {
      return Optional.empty();
    }
    for (String scratch : SCRATCH) {
      if (dir.equals(scratch) || dir.startsWith(scratch + "/")) {
        return Optional.empty();
      }
    }
    return RemovedPaths.removedBy(script, dir) ? Optional.empty() : Optional.of(dir);
  }
}
