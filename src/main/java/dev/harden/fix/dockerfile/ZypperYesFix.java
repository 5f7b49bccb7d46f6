package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/** HD033: {@code zypper install} gets {@code -y} (its {@code --no-confirm}). */
final class ZypperYesFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD033";
  }

  @Override
  List<String> programs() {
    return List.of("zypper");
  }

  @Override
  FlagSpec spec() {
    return ToolFlags.ZYPPER;
  }

  @Override
  Set<String> subcommands() {
    return Set.of("install", "in", "remove", "rm", "update", "up", "patch", "dist-upgrade",
        "dup", "source-install", "si");
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    return call.command().hasFlag(ToolFlags.ZYPPER, "-n", "--non-interactive", "-y",
        "--no-confirm");
  }

  @Override
  String flag() {
    return "-y";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add -y to zypper " + call.subcommand().orElseThrow().value();
  }

  @Override
  String reason() {
    return "without -y (or -n) zypper asks for confirmation, which a build cannot give";
  }
}
