package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.fix.FixSafety;
import java.util.List;
import java.util.Set;

/**
 * The shape of the hygiene fixes that add one option to a tool call: {@code apt-get install -y},
 * {@code apk add --no-cache}, {@code pip install --no-cache-dir}. The option goes right after the
 * subcommand (or after the program when {@link #subcommands()} is empty), so the rest of the line
 * is untouched.
 */
abstract class AddFlagFix implements DockerfileFix {

  /** The programs this fix edits ({@code apt-get}). */
  abstract List<String> programs();

  /** Which of the tool's options take a value, to find the subcommand. */
  abstract FlagSpec spec();

  /** The subcommands that need the option; empty: the program itself. */
  abstract Set<String> subcommands();

  /** True when the call already has the option (or something that does its job). */
  abstract boolean satisfied(FixContext context, ShellCalls.Call call);

  /** The option to add. */
  abstract String flag();

  abstract String description(ShellCalls.Call call);

  abstract String reason();

  FixSafety safety(FixContext context, ShellCalls.Call call) {
    return FixSafety.SAFE;
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : ShellCalls.runs(context.dockerfile())) {
      for (ShellCalls.Call call : calls(insn)) {
        if (!applies(call) || satisfied(context, call)) {
          continue;
        }
        ShellWord after = subcommands().isEmpty() ? call.command().nameWord().orElseThrow()
            : call.subcommand().orElseThrow();
        out.add(context.fix(ruleId(), safety(context, call), insn, description(call), reason(),
            List.of(ShellCalls.insertAfter(call, after, flag()))));
      }
    }
  }

  /** The calls of {@link #programs()} in one {@code RUN}. */
  List<ShellCalls.Call> calls(Instruction insn) {
    return ShellCalls.calls(insn, spec(), programs().toArray(String[]::new));
  }

  boolean applies(ShellCalls.Call call) {
    return subcommands().isEmpty() || call.is(subcommands());
  }
}
