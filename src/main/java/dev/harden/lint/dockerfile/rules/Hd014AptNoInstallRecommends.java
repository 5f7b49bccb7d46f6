package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Set;

/**
 * HD014: {@code apt-get install} in the final image without {@code --no-install-recommends}.
 * Build stages are not judged: what they install never ships.
 */
public final class Hd014AptNoInstallRecommends implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD014", RuleKind.DOCKERFILE,
          "Use --no-install-recommends with apt-get install")
      .severity(Severity.INFO)
      .rationale("apt installs recommended packages by default; they are rarely needed in a"
          + " container and each one adds size and vulnerabilities to the image.")
      .aliases("DL3015", "DS-0029", "DS029")
      .fixable()
      .build();

  private static final Set<String> NO = Set.of("false", "0", "no", "off");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    List<RunSite> sites = RunSite.inFinalImage(ctx);
    for (int i = 0; i < sites.size(); i++) {
      RunSite site = sites.get(i);
      for (SimpleCommand c : site.commands("apt-get", "apt")) {
        if (AptGet.isInstall(c) && !skipsRecommends(c) && !configuredEarlier(sites, i)) {
          out.report(site.at(ctx, c), c.program() + " install without --no-install-recommends"
              + " also installs every recommended package: add --no-install-recommends");
        }
      }
    }
  }

  private static boolean skipsRecommends(SimpleCommand c) {
    if (c.hasFlag(AptGet.FLAGS, "--no-install-recommends")) {
      return true;
    }
    for (String a : c.args()) {
      if (a.startsWith("--install-recommends=")
          && NO.contains(a.substring(a.indexOf('=') + 1).toLowerCase())) {
        return true;
      }
    }
    return AptGet.option(c, "APT::Install-Recommends").filter(v -> NO.contains(v.toLowerCase()))
        .isPresent();
  }

  /** A RUN up to this one writes {@code APT::Install-Recommends} into apt's configuration. */
  private static boolean configuredEarlier(List<RunSite> sites, int upTo) {
    for (int i = 0; i <= upTo; i++) {
      boolean found = sites.get(i).any(c -> c.args().stream()
          .anyMatch(a -> a.contains("APT::Install-Recommends")));
      if (found) {
        return true;
      }
    }
    return false;
  }
}
