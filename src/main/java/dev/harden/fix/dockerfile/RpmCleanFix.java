package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.util.List;
import java.util.Set;

/**
 * HD027 (yum), HD030 (dnf), HD032 (microdnf): the {@code RUN} that installs with an rpm-family tool
 * ends with {@code <tool> clean all}, so the downloaded packages and metadata do not stay in the
 * layer (the tool fetches fresh metadata when it next needs it). One class: the three tools share
 * their subcommands and flags and differ only in name.
 */
final class RpmCleanFix extends AppendCleanupFix {

  private static final Set<String> INSTALLS =
      Set.of("install", "groupinstall", "localinstall", "reinstall", "update", "upgrade");

  private final String ruleId;
  private final String[] programs;

  private RpmCleanFix(String ruleId, List<String> programs) {
    this.ruleId = ruleId;
    this.programs = programs.toArray(String[]::new);
  }

  static RpmCleanFix yum() {
    return new RpmCleanFix("HD027", List.of("yum"));
  }

  static RpmCleanFix dnf() {
    return new RpmCleanFix("HD030", List.of("dnf", "dnf5", "dnf-3"));
  }

  static RpmCleanFix microdnf() {
    return new RpmCleanFix("HD032", List.of("microdnf"));
  }

  @Override
  public String ruleId() {
    return ruleId;
  }

  @Override
  boolean fillsCache(Instruction insn) {
    return ShellCalls.calls(insn, ToolFlags.RPM_TOOLS, programs).stream()
        .anyMatch(c -> c.is(INSTALLS));
  }

  @Override
  boolean cleansCache(Instruction insn, Run run) {
    return ShellCalls.calls(insn, ToolFlags.RPM_TOOLS, programs).stream()
        .anyMatch(c -> c.is(Set.of("clean")) && c.command().args().contains("all"))
        || run.mounts().stream().anyMatch(m -> m.type().equals("cache"));
  }

  @Override
  String cleanup() {
    return programs[0] + " clean all";
  }

  @Override
  String reason() {
    return "only the package cache and metadata go; the installed packages are the same";
  }
}
