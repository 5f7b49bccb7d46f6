package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/** HD029: {@code dnf install} gets {@code -y}. */
final class DnfYesFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD029";
  }

  @Override
  List<String> programs() {
    return List.of("dnf", "dnf5", "dnf-3");
  }

  @Override
  FlagSpec spec() {
    return ToolFlags.RPM_TOOLS;
  }

  @Override
  Set<String> subcommands() {
    return Set.of("install", "groupinstall", "localinstall", "reinstall", "update", "upgrade");
  }

  @Override
  boolean satisfied(FixContext context, ShellCalls.Call call) {
    return call.command().hasFlag(ToolFlags.RPM_TOOLS, "-y", "--assumeyes");
  }

  @Override
  String flag() {
    return "-y";
  }

  @Override
  String description(ShellCalls.Call call) {
    return "add -y to dnf " + call.subcommand().orElseThrow().value();
  }

  @Override
  String reason() {
    return "without -y dnf asks for confirmation, which a build cannot give";
  }
}
