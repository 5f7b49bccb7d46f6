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

/** HD024: {@code gem install} without a version ({@code -v}, or {@code gem:version}). */
public final class Hd024PinGemVersions implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD024", RuleKind.DOCKERFILE,
          "Pin versions in gem install")
      .severity(Severity.WARNING)
      .rationale("gem install without a version takes the newest release at build time, so"
          + " rebuilds of the same Dockerfile install different code.")
      .aliases("DL3028")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("gem")) {
        if (!Gem.isInstall(c) || Gem.versionForAll(c)) {
          continue;
        }
        List<String> unpinned = new ArrayList<>();
        for (ShellWord g : Gem.gems(c)) {
          if (!Gem.isPinned(g)) {
            unpinned.add(g.value());
          }
        }
        if (!unpinned.isEmpty()) {
          out.report(site.at(ctx, c), "gem install does not pin " + Names.join(unpinned)
              + ": write " + Names.first(unpinned) + ":<version> or add -v <version>");
        }
      }
    }
  }
}
