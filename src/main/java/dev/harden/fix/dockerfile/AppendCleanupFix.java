package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Heredoc;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the hygiene fixes that add a cleanup command to the {@code RUN} that filled a cache:
 * {@code && rm -rf /var/lib/apt/lists/*}, {@code && yum clean all}. The command goes after
 * everything the {@code RUN} does, on a continuation line of its own when the {@code RUN} already
 * spans several lines, so the cache never reaches a layer.
 */
abstract class AppendCleanupFix implements DockerfileFix {

  /** True when the {@code RUN} fills the cache this fix cleans. */
  abstract boolean fillsCache(Instruction insn);

  /** True when the {@code RUN} already cleans it (or mounts it as a build cache). */
  abstract boolean cleansCache(Instruction insn, Run run);

  /** The command to add. */
  abstract String cleanup();

  abstract String reason();

  FixSafety safety(FixContext context, Instruction insn) {
    return FixSafety.SAFE;
  }

  String safetyReason(FixContext context, Instruction insn) {
    return reason();
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : ShellCalls.runs(context.dockerfile())) {
      Run run = (Run) insn.unwrapped();
      if (!fillsCache(insn) || cleansCache(insn, run)) {
        continue;
      }
      String description = "add " + cleanup() + " to the RUN";
      Optional<Integer> end = ShellCalls.endOfScript(run);
      if (end.isEmpty()) {
        out.cannot(context.cannot(ruleId(), insn, description, "the RUN is in exec form, ends"
            + " in the background (&) or was not fully understood; add the cleanup by hand"));
        continue;
      }
      out.add(context.fix(ruleId(), safety(context, insn), insn, description,
          safetyReason(context, insn), List.of(TextEdit.insert(end.get(),
              joiner(context, insn, run, end.get()) + "&& " + cleanup()))));
    }
  }

  /** {@code " "} on one line; {@code " \"}, a line break and the last line's indent otherwise. */
  private static String joiner(FixContext context, Instruction insn, Run run, int at) {
    String text = context.text();
    int start = insn.span().startOffset();
    for (Heredoc h : insn.heredocs()) {
      if (at >= h.body().startOffset()) {
        return " ";
      }
    }
    int lineStart = DockerfileEdits.lineStart(text, at);
    if (lineStart <= start) {
      return " ";
    }
    int indentEnd = lineStart;
    while (indentEnd < at && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
      indentEnd++;
    }
    String indent = text.substring(lineStart, indentEnd);
    if (indent.isEmpty()) {
      indent = "    ";
    }
    return " " + context.escape() + context.newline() + indent;
  }
}
