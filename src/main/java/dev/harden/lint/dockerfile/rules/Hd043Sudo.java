package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** {@code sudo} in RUN, also behind other wrappers ({@code env X=1 sudo apt-get ...}). */
public final class Hd043Sudo implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD043", RuleKind.DOCKERFILE, "Do not use sudo in RUN")
          .severity(Severity.ERROR)
          .rationale(
              "sudo needs a TTY and a sudoers entry, behaves differently from image to image and"
                  + " keeps a setuid root binary in the image; switch with USER, or use gosu or"
                  + " su-exec in an entrypoint.")
          .aliases("DL3004", "DS-0010", "DS010")
          .build();

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
      for (SimpleCommand c : InstructionSite.distinct(run.script().commands())) {
        if (c.is("sudo") || usesSudo(c.effective())) {
          SimpleCommand e = c.effective();
          String what = e == c || e.words().isEmpty() ? "" : " " + e.program();
          out.report(
              ctx.at(site.written(), ctx.dockerfile().span(c.start(), c.end())),
              "sudo"
                  + what
                  + " in RUN: RUN already runs as the current USER; switch with USER"
                  + " instead");
        }
      }
    }
  }

  private static boolean usesSudo(SimpleCommand effective) {
    for (ShellWord w : effective.wrappers()) {
      if (w.isLiteral() && w.value().replaceFirst(".*/", "").equals("sudo")) {
        return true;
      }
    }
    return false;
  }
}
