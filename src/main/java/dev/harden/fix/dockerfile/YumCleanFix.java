package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.util.Set;

/**
 * HD027: the {@code RUN} that installs with yum ends with {@code yum clean all}, so the downloaded
 * packages and metadata do not stay in the layer (yum fetches fresh metadata when it next needs
 * it).
 */
final class YumCleanFix extends AppendCleanupFix {

  private static final String[] PROGRAMS = {"yum"};

  @Override
  public String ruleId() {
    return "HD027";
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
    return "yum clean all";
  }

  @Override
  String reason() {
    return "only the package cache and metadata go; the installed packages are the same";
  }
}
