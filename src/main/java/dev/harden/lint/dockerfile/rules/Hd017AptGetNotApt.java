package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Map;

/** HD017: {@code apt} (the interactive front end) in a RUN. */
public final class Hd017AptGetNotApt implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD017", RuleKind.DOCKERFILE,
          "Use apt-get or apt-cache instead of apt")
      .severity(Severity.WARNING)
      .rationale("apt is meant for people at a terminal: its output and behaviour may change"
          + " between releases and it warns that it has no stable command-line interface.")
      .aliases("DL3027")
      .fixable()
      .build();

  /** What to use instead, by subcommand; apt-get for the rest. */
  private static final Map<String, String> CACHE = Map.of("search", "apt-cache search",
      "show", "apt-cache show", "policy", "apt-cache policy", "depends", "apt-cache depends",
      "rdepends", "apt-cache rdepends", "list", "dpkg-query -l");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("apt")) {
        String sub = AptGet.subcommand(c).orElse("");
        String instead = CACHE.getOrDefault(sub, sub.isEmpty() ? "apt-get" : "apt-get " + sub);
        out.report(site.at(ctx, c), "apt " + sub + " is the interactive front end: use "
            + instead + " in scripts");
      }
    }
  }
}
