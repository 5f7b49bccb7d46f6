package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.util.Set;

/**
 * HD035: the {@code RUN} that installs with zypper ends with {@code zypper clean}, so the package
 * cache does not stay in the layer.
 */
final class ZypperCleanFix extends AppendCleanupFix {

  @Override
  public String ruleId() {
    return "HD035";
  }

  @Override
  boolean fillsCache(Instruction insn) {
    return ShellCalls.calls(insn, ToolFlags.ZYPPER, "zypper").stream()
        .anyMatch(c -> c.is(Set.of("install", "in", "update", "up", "patch", "dist-upgrade",
            "dup", "source-install", "si")));
  }

  @Override
  boolean cleansCache(Instruction insn, Run run) {
    return ShellCalls.calls(insn, ToolFlags.ZYPPER, "zypper").stream()
        .anyMatch(c -> c.is(Set.of("clean", "cc")))
        || run.mounts().stream().anyMatch(m -> m.type().equals("cache"));
  }

  @Override
  String cleanup() {
    return "zypper clean";
  }

  @Override
  String reason() {
    return "only the package cache goes; the installed packages are the same";
  }
}
