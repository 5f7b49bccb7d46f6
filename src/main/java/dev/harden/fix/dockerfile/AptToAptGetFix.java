package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.List;
import java.util.Map;

/**
 * HD017: {@code apt} (the interactive front end, whose output and options are not stable) becomes
 * {@code apt-get} or {@code apt-cache} for the subcommands they share with it. {@code apt list}
 * and {@code apt full-upgrade} have no same-named equivalent and are left alone.
 */
final class AptToAptGetFix implements DockerfileFix {

  private static final Map<String, String> TOOL_FOR = Map.ofEntries(
      Map.entry("install", "apt-get"), Map.entry("update", "apt-get"),
      Map.entry("upgrade", "apt-get"), Map.entry("dist-upgrade", "apt-get"),
      Map.entry("remove", "apt-get"), Map.entry("purge", "apt-get"),
      Map.entry("autoremove", "apt-get"), Map.entry("clean", "apt-get"),
      Map.entry("autoclean", "apt-get"), Map.entry("build-dep", "apt-get"),
      Map.entry("source", "apt-get"), Map.entry("download", "apt-get"),
      Map.entry("search", "apt-cache"), Map.entry("show", "apt-cache"),
      Map.entry("policy", "apt-cache"), Map.entry("depends", "apt-cache"),
      Map.entry("rdepends", "apt-cache"), Map.entry("showsrc", "apt-cache"));

  @Override
  public String ruleId() {
    return "HD017";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : ShellCalls.runs(context.dockerfile())) {
      for (ShellCalls.Call call : ShellCalls.calls(insn, ToolFlags.APT_GET, "apt")) {
        ShellWord name = call.command().nameWord().orElseThrow();
        String tool = call.subcommand().map(s -> TOOL_FOR.get(s.value())).orElse(null);
        if (tool == null || !name.raw().endsWith("apt")) {
          continue;
        }
        String raw = name.raw();
        String replacement = raw.substring(0, raw.length() - "apt".length()) + tool;
        if (call.run().command().isExecForm()) {
          replacement = "\"" + name.value().substring(0, name.value().length() - 3) + tool + "\"";
        }
        out.add(context.fix(ruleId(), FixSafety.SAFE, insn,
            "use " + tool + " instead of apt " + call.subcommand().get().value(),
            tool + " does the same with a stable interface meant for scripts",
            List.of(new TextEdit(name.start(), name.end(), replacement))));
      }
    }
  }
}
