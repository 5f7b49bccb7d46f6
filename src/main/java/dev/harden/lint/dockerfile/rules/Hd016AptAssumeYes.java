package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** HD016: an apt-get command that asks for confirmation, without {@code -y}. */
public final class Hd016AptAssumeYes implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD016", RuleKind.DOCKERFILE,
          "Use -y with apt-get install")
      .severity(Severity.WARNING)
      .rationale("A build has no one to answer apt's confirmation prompt: without -y the"
          + " command aborts and the build fails (or hangs in an interactive one).")
      .aliases("DL3014", "DS-0021", "DS021")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("apt-get", "apt")) {
        Optional<String> sub = AptGet.subcommand(c);
        if (sub.isPresent() && AptGet.PROMPTING.contains(sub.get()) && !AptGet.assumesYes(c)) {
          out.report(site.at(ctx, c), c.program() + " " + sub.get()
              + " without -y stops at the confirmation prompt: add -y");
        }
      }
    }
  }
}
