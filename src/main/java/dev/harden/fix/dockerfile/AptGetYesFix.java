package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/** HD016: {@code apt-get install} gets {@code -y}, so the build does not stop at the prompt. */
final class AptGetYesFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD016";
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
    // -qq (quiet level 2) implies -y in apt-get
    return c.hasFlag(ToolFlags.APT_GET, "-y", "--yes", "--assume-yes")
        || c.args().contains("-qq") || c.args().contains("-q=2") || c.args().contains("--quiet=2");
  }

  @Override
  String flag() {
    return "-y";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add -y to apt-get install";
  }

  @Override
  String reason() {
    return "without -y apt-get asks for confirmation, which a build cannot give";
  }
}
