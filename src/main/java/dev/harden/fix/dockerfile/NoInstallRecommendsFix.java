package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.fix.FixSafety;
import java.util.List;
import java.util.Set;

/**
 * HD014: {@code apt-get install} gets {@code --no-install-recommends}. Suggested: a package the
 * application used that only came in as a recommendation is then missing.
 */
final class NoInstallRecommendsFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD014";
  }

  @Override
  List<String> programs() {
    return List.of("apt-get");
  }

  @Override
  FlagSpec spec() {
    return ToolFlags.APT_GET;
  }

  @Override
  Set<String> subcommands() {
    return Set.of("install");
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    var c = call.command();
    return c.hasFlag(ToolFlags.APT_GET, "--no-install-recommends")
        || c.flagValues("-o", "--option").stream()
            .anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT)
                .matches("apt::install-recommends=(false|0|no)"));
  }

  @Override
  String flag() {
    return "--no-install-recommends";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add --no-install-recommends to apt-get install";
  }

  @Override
  String reason() {
    return "packages that were installed only as recommendations are left out; check that the"
        + " application does not need one";
  }

  @Override
  FixSafety safety(FixContext context, ShellCalls.Call call) {
    return FixSafety.SUGGESTED;
  }
}
