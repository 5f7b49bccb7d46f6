package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** HD034: {@code zypper dist-upgrade} in a RUN. */
public final class Hd034ZypperDistUpgrade implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD034", RuleKind.DOCKERFILE,
          "Do not use zypper dist-upgrade")
      .severity(Severity.WARNING)
      .rationale("dist-upgrade may switch vendors, install and remove packages, so the image's"
          + " contents change from build to build; a newer base image is the controlled way.")
      .aliases("DL3035")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.commands("zypper")) {
        String sub = Zypper.subcommand(c).orElse("");
        if (sub.equals("dist-upgrade") || sub.equals("dup")) {
          out.report(site.at(ctx, c), "zypper " + sub + " may add and remove packages from build"
              + " to build: use zypper update or a newer base image");
        }
      }
    }
  }
}
