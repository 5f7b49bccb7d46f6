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
import java.util.Optional;

/**
 * HD021: {@code pip install} names packages without a version. A requirements or constraints
 * file counts as pinned (as in hadolint), and so do local paths, wheels and VCS URLs with a ref.
 */
public final class Hd021PinPipVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD021", RuleKind.DOCKERFILE,
          "Pin versions in pip install")
      .severity(Severity.WARNING)
      .rationale("An unpinned pip install takes the newest release at build time: rebuilds"
          + " differ, and a compromised or broken release lands in the image unnoticed.")
      .aliases("DL3013")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.script().commands()) {
        Optional<SimpleCommand> pip = Pip.install(c.effective());
        if (pip.isEmpty() || Pip.usesRequirementsFile(pip.get())) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : Pip.packages(pip.get())) {
          if (!Pip.isPinned(p)) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "pip install does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned) + "==<version> or use a requirements file");
        }
      }
    }
  }
}
