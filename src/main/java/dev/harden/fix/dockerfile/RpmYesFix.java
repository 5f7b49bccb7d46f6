package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.shell.FlagSpec;
import java.util.List;
import java.util.Set;

/**
 * HD026 (yum), HD029 (dnf): {@code install} and friends get {@code -y}. One class: the tools share
 * their subcommands and flags and differ only in name.
 */
final class RpmYesFix extends AddFlagFix {

  private final String ruleId;
  private final List<String> programs;

  private RpmYesFix(String ruleId, List<String> programs) {
    this.ruleId = ruleId;
    this.programs = programs;
  }

  static RpmYesFix yum() {
    return new RpmYesFix("HD026", List.of("yum"));
  }

  static RpmYesFix dnf() {
    return new RpmYesFix("HD029", List.of("dnf", "dnf5", "dnf-3"));
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  List<String> programs() {
    return programs;
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
    return "add -y to " + programs.get(0) + " " + call.subcommand().orElseThrow().value();
  }

  @Override
  String reason() {
    return "without -y " + programs.get(0) + " asks for confirmation, which a build cannot give";
  }
}
