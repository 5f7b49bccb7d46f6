package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD015: {@code apt-get update} in the final image without removing the package lists in the same
 * RUN. The lists live in {@code /var/lib/apt/lists}; removing them in a later RUN does not shrink
 * the layer that holds them.
 */
public final class Hd015AptListsRemoved implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD015", RuleKind.DOCKERFILE,
          "Remove the apt lists in the RUN that downloads them")
      .severity(Severity.INFO)
      .rationale("apt-get update downloads package lists (tens of MB) into /var/lib/apt/lists;"
          + " unless the same RUN deletes them they stay in the image's layer for good.")
      .aliases("DL3009")
      .fixable()
      .build();

  static final String LISTS = "/var/lib/apt/lists";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.inFinalImage(ctx)) {
      if (site.cachesDirectory(LISTS)) {
        continue;
      }
      for (SimpleCommand c : site.commands("apt-get", "apt")) {
        if (AptGet.subcommand(c).filter("update"::equals).isPresent()
            && !site.later(c, Hd015AptListsRemoved::removesLists)) {
          out.report(site.at(ctx, c), c.program() + " update leaves the package lists in "
              + LISTS + ": end this RUN with rm -rf " + LISTS + "/*");
        }
      }
    }
  }

  private static boolean removesLists(SimpleCommand c) {
    return Removals.deletes(c, LISTS)
        || AptGet.is(c) && AptGet.subcommand(c).filter("dist-clean"::equals).isPresent();
  }
}
