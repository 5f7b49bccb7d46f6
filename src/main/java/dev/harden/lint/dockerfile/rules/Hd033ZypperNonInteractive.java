package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** HD033: a zypper command that changes packages without {@code -n} or {@code -y}. */
public final class Hd033ZypperNonInteractive implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD033", RuleKind.DOCKERFILE,
          "Use zypper -n (or install -y)")
      .severity(Severity.WARNING)
      .rationale("Without --non-interactive (or -y after the command) zypper waits for an answer"
          + " no one gives, and the build fails.")
      .aliases("DL3034")
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("zypper")) {
        Optional<String> sub = Zypper.subcommand(c);
        if (sub.isPresent() && Zypper.CHANGES.contains(sub.get()) && !Zypper.nonInteractive(c)) {
          out.report(site.at(ctx, c), "zypper " + sub.get()
              + " without -n stops at the confirmation prompt: use zypper -n " + sub.get());
        }
      }
    }
  }
}
