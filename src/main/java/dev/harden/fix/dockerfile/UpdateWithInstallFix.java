package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HD037: a {@code RUN} that only refreshes a package index ({@code RUN apt-get update}) merges into
 * the {@code RUN} right after it when that one installs with the same tool: {@code RUN apt-get
 * update && apt-get install ...}. The index is then never older than the install that reads it.
 * Anything else (other commands in the update RUN, flags on it, no install right after) is
 * reported for a person to rearrange.
 */
final class UpdateWithInstallFix implements DockerfileFix {

  private static final Map<String, String> FAMILY = Map.of("apt-get", "apt", "apt", "apt",
      "apk", "apk", "yum", "yum", "dnf", "dnf", "microdnf", "microdnf", "zypper", "zypper");
  private static final Map<String, Set<String>> UPDATES = Map.of("apt", Set.of("update"),
      "apk", Set.of("update"), "yum", Set.of("update", "makecache"),
      "dnf", Set.of("update", "makecache"), "microdnf", Set.of("update", "makecache"),
      "zypper", Set.of("refresh", "ref", "update", "up"));
  private static final Map<String, FlagSpec> SPECS = Map.of("apt", ToolFlags.APT_GET,
      "apk", ToolFlags.APK, "zypper", ToolFlags.ZYPPER);

  @Override
  public String ruleId() {
    return "HD037";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Stage stage : context.dockerfile().stages()) {
      List<Instruction> insns = stage.instructions();
      for (int i = 0; i < insns.size(); i++) {
        if (!(insns.get(i) instanceof Run run)) {
          continue;
        }
        List<SimpleCommand> commands = run.script().commands();
        if (commands.isEmpty()) {
          continue;
        }
        SimpleCommand update = commands.get(0).effective();
        String family = FAMILY.get(update.program());
        if (family == null || !UPDATES.get(family).contains(sub(family, update))) {
          continue;
        }
        if (commands.stream().anyMatch(c -> family.equals(FAMILY.get(c.effective().program()))
            && !UPDATES.get(family).contains(sub(family, c.effective())))) {
          continue;
        }
        String description = "run " + update.program() + " " + sub(family, update)
            + " in the RUN that installs";
        Instruction next = i + 1 < insns.size() ? insns.get(i + 1) : null;
        boolean nextInstalls = next instanceof Run nextRun
            && nextRun.command() instanceof ShellForm && !nextRun.script().isPartial()
            && nextRun.script().commands().stream().anyMatch(c ->
                family.equals(FAMILY.get(c.effective().program()))
                    && !UPDATES.get(family).contains(sub(family, c.effective())));
        boolean alone = commands.size() == 1 && run.flags().isEmpty()
            && run.command() instanceof ShellForm && !run.script().isPartial();
        if (!alone || !nextInstalls) {
          out.cannot(context.cannot(ruleId(), run, description, alone
              ? "the next instruction does not install with " + update.program()
                  + "; move the update into the RUN that does"
              : "the RUN does more than the update; merge it with the install by hand"));
          continue;
        }
        String updateText = context.text().substring(update.start(), update.end());
        int nextStart = ((ShellForm) ((Run) next).command()).span().startOffset();
        out.add(context.fix(ruleId(), FixSafety.SAFE, run, description, "the same commands"
                + " run in one layer, so the install never reads an index cached from an"
                + " earlier build",
            List.of(DockerfileEdits.delete(context, run),
                TextEdit.insert(nextStart, updateText + " && "))));
      }
    }
  }

  private static String sub(String family, SimpleCommand c) {
    FlagSpec spec = SPECS.getOrDefault(family, ToolFlags.RPM_TOOLS);
    return c.subcommand(spec).orElse("");
  }
}
