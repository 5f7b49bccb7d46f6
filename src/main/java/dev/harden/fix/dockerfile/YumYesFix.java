package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/** HD026: {@code yum install} gets {@code -y}. */
final class YumYesFix extends AddFlagFix {

  @Override
  public String ruleId() {
    return "HD026";
  }

  @Override
  List<String> programs() {
    return List.of("yum");
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
    return "add -y to yum " + call.subcommand().orElseThrow().value();
  }

  @Override
  String reason() {
    return "without -y yum asks for confirmation, which a build cannot give";
  }
}
