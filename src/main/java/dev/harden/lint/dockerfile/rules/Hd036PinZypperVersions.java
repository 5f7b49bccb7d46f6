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

/** HD036: {@code zypper install} names packages without a version. */
public final class Hd036PinZypperVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD036", RuleKind.DOCKERFILE,
          "Pin versions in zypper install")
      .severity(Severity.WARNING)
      .rationale("Without a version zypper installs whatever the repository serves at build"
          + " time, so rebuilds of the same Dockerfile differ.")
      .aliases("DL3037")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("zypper")) {
        if (!Zypper.isInstall(c)) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : Zypper.packages(c)) {
          if (!Zypper.isPinned(p)) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "zypper install does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned) + "=<version>");
        }
      }
    }
  }
}
