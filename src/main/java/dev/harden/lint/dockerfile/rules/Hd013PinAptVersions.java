package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;

/** HD013: {@code apt-get install} names packages without a version. */
public final class Hd013PinAptVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD013", RuleKind.DOCKERFILE,
          "Pin versions in apt-get install")
      .severity(Severity.WARNING)
      .rationale("Without a version, every rebuild installs whatever the archive serves that day,"
          + " so two builds of the same Dockerfile can ship different packages.")
      .aliases("DL3008")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("apt-get", "apt")) {
        if (!AptGet.isInstall(c)) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : AptGet.packages(c)) {
          if (!AptGet.isPinned(p)) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), c.program() + " install does not pin "
              + Names.join(unpinned) + ": write " + Names.first(unpinned) + "=<version>");
        }
      }
    }
  }
}
