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

/**
 * HD023: {@code npm install <pkg>} without a version. {@code npm ci} and a bare {@code npm
 * install} install what package-lock.json says and are fine.
 */
public final class Hd023PinNpmVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD023", RuleKind.DOCKERFILE,
          "Pin versions in npm install")
      .severity(Severity.WARNING)
      .rationale("npm install <pkg> takes the newest release at build time; a version (or npm ci"
          + " with a lock file) makes rebuilds install the same code.")
      .aliases("DL3016")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("npm")) {
        if (!Npm.isInstall(c)) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : Npm.packages(c)) {
          if (!Npm.isPinned(p)) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "npm install does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned).replaceAll("@(latest|next)$", "")
              + "@<version>");
        }
      }
    }
  }
}
