package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Set;

/**
 * HD018: {@code apt-get dist-upgrade} (or {@code full-upgrade}). Plain {@code apt-get upgrade}
 * is not reported: it only updates what is installed and brings security fixes the base image
 * does not have yet, which is what a hardened image wants (hadolint dropped its rule against it,
 * and Trivy's DS-0024 only reports dist-upgrade).
 */
public final class Hd018AptDistUpgrade implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD018", RuleKind.DOCKERFILE,
          "Do not use apt-get dist-upgrade")
      .severity(Severity.WARNING)
      .rationale("dist-upgrade installs and removes packages to follow changed dependencies, so"
          + " what the image contains changes from build to build; a newer base image is the"
          + " controlled way to move on.")
      .aliases("DS-0024", "DS024")
      .build();

  private static final Set<String> DIST = Set.of("dist-upgrade", "full-upgrade");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("apt-get", "apt")) {
        String sub = AptGet.subcommand(c).orElse("");
        if (DIST.contains(sub)) {
          out.report(site.at(ctx, c), c.program() + " " + sub
              + " may add and remove packages from build to build: use apt-get upgrade or a"
              + " newer base image");
        }
      }
    }
  }
}
