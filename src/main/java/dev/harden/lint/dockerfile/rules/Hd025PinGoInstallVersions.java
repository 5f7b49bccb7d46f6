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
 * HD025: {@code go install example.com/tool} without {@code @version} (or with {@code @latest}).
 * Local packages ({@code ./cmd/app}) build from the module's own go.mod and are fine.
 */
public final class Hd025PinGoInstallVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD025", RuleKind.DOCKERFILE,
          "Pin versions in go install")
      .severity(Severity.WARNING)
      .rationale("go install of a remote package without @version resolves the newest release"
          + " at build time, so rebuilds fetch different code.")
      .aliases("DL3062")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("go")) {
        if (!GoTool.subcommand(c).filter("install"::equals).isPresent()) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord p : GoTool.remotePackages(c)) {
          if (!GoTool.isPinned(p)) {
            unpinned.add(p.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "go install does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned).replaceAll("@latest$", "") + "@<version>");
        }
      }
    }
  }
}
