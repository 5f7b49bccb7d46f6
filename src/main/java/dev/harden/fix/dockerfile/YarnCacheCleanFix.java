package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import java.util.Set;

/**
 * HD038: the {@code RUN} that runs {@code yarn install} (or a bare {@code yarn}) ends with {@code
 * yarn cache clean}, so yarn's copy of every package does not stay in the layer.
 */
final class YarnCacheCleanFix extends AppendCleanupFix {

  @Override
  public String ruleId() {
    return "HD038";
  }

  @Override
  boolean fillsCache(Instruction insn) {
    return ShellCalls.calls(insn, ToolFlags.YARN, "yarn").stream()
        .anyMatch(c -> c.subcommand().isEmpty() || c.is(Set.of("install", "add")));
  }

  @Override
  boolean cleansCache(Instruction insn, Run run) {
    return ShellCalls.calls(insn, ToolFlags.YARN, "yarn").stream()
        .anyMatch(c -> c.is(Set.of("cache")) && c.command().args().contains("clean"))
        || run.mounts().stream().anyMatch(m -> m.type().equals("cache"));
  }

  @Override
  String cleanup() {
    return "yarn cache clean";
  }

  @Override
  String reason() {
    return "only yarn's download cache goes; node_modules is the same";
  }
}
