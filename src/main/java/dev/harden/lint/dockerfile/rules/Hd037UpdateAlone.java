package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HD037: a RUN refreshes a package index ({@code apt-get update}, {@code apk update}, {@code yum
 * update}, {@code zypper refresh}...) but installs nothing with that package manager. The layer
 * is cached, so a later RUN that installs reads a stale index.
 */
public final class Hd037UpdateAlone implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD037", RuleKind.DOCKERFILE,
          "Update the package index in the RUN that installs")
      .severity(Severity.WARNING)
      .rationale("Docker caches a RUN that only updates the index; later installs in other RUNs"
          + " then use that old index and fail or install outdated packages.")
      .aliases("DS-0017", "DS017")
      .fixable()
      .build();

  /** Package-manager family by program: apt and apt-get share an index. */
  private static final Map<String, String> FAMILY = Map.of("apt-get", "apt", "apt", "apt",
      "apk", "apk", "yum", "yum", "dnf", "dnf", "microdnf", "microdnf", "zypper", "zypper");

  private static final Map<String, Set<String>> UPDATES = Map.of("apt", Set.of("update"),
      "apk", Set.of("update"), "yum", Set.of("update", "makecache"),
      "dnf", Set.of("update", "makecache"), "microdnf", Set.of("update", "makecache"),
      "zypper", Set.of("refresh", "ref", "update", "up"));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (RunSite site : RunSite.all(ctx)) {
      for (SimpleCommand c : site.script().commands()) {
        SimpleCommand e = c.effective();
        String family = FAMILY.get(e.program());
        if (family == null || !UPDATES.get(family).contains(subcommand(e).orElse(""))) {
          continue;
        }
        boolean installs = site.any(o -> family.equals(FAMILY.get(o.program()))
            && subcommand(o).filter(s -> !UPDATES.get(family).contains(s)).isPresent());
        if (!installs) {
          out.report(site.at(ctx, c), e.program() + " " + subcommand(e).orElse("")
              + " alone in a RUN goes stale in the build cache: update and install in the same"
              + " RUN");
        }
      }
    }
  }

  private static Optional<String> subcommand(SimpleCommand c) {
    return switch (FAMILY.getOrDefault(c.program(), "")) {
      case "apt" -> AptGet.subcommand(c);
      case "apk" -> Apk.subcommand(c);
      case "zypper" -> Zypper.subcommand(c);
      case "" -> Optional.empty();
      default -> Rpm.subcommand(c);
    };
  }
}
