package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.util.Set;

/**
 * HD030: the {@code RUN} that installs with dnf ends with {@code dnf clean all}, so the downloaded
 * packages and metadata do not stay in the layer (dnf fetches fresh metadata when it next needs
 * it).
 */
final class DnfCleanFix extends AppendCleanupFix {

  private static final String[] PROGRAMS = {"dnf", "dnf5", "dnf-3"};

  @Override
  public String ruleId() {
    return "HD030";
  }

  @Override
  boolean fillsCache(Instruction insn) {
    return ShellCalls.calls(insn, ToolFlags.RPM_TOOLS, PROGRAMS).stream()
        .anyMatch(c -> c.is(Set.of("install", "groupinstall", "localinstall", "reinstall",
            "update", "upgrade")));
  }

  @Override
  boolean cleansCache(Instruction insn, Run run) {
    return ShellCalls.calls(insn, ToolFlags.RPM_TOOLS, PROGRAMS).stream()
        .anyMatch(c -> c.is(Set.of("clean")) && c.command().args().contains("all"))
        || run.mounts().stream().anyMatch(m -> m.type().equals("cache"));
  }

  @Override
  String cleanup() {
    return "dnf clean all";
  }

  @Override
  String reason() {
    return "only the package cache and metadata go; the installed packages are the same";
  }
}
