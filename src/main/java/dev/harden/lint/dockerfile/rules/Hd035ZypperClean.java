package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** HD035: zypper changes packages in the final image without {@code zypper clean} afterwards. */
public final class Hd035ZypperClean implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD035", RuleKind.DOCKERFILE,
          "Run zypper clean after zypper install")
      .severity(Severity.WARNING)
      .rationale("zypper keeps repository metadata and packages in /var/cache/zypp; unless the"
          + " same RUN cleans them up they ship in the image.")
      .aliases("DL3036", "DS-0020", "DS020")
      .fixable()
      .build();

  static final String CACHE = "/var/cache/zypp";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (site.cachesDirectory(CACHE)) {
        continue;
      }
      for (SimpleCommand c : site.commands("zypper")) {
        Optional<String> sub = Zypper.subcommand(c);
        if (sub.isPresent() && Zypper.CHANGES.contains(sub.get())
            && !site.later(c, l -> Zypper.isClean(l) || Removals.deletes(l, CACHE))) {
          out.report(site.at(ctx, c), "zypper " + sub.get() + " leaves its cache in " + CACHE
              + ": end this RUN with zypper clean --all");
        }
      }
    }
  }
}
