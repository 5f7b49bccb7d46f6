package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.Connector;
import dev.harden.dockerfile.shell.FlagSpec;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.Sequence;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finding tool invocations in {@code RUN} instructions ({@code apt-get install}, {@code pip
 * install}) and editing them in place: a flag after the subcommand, a command after the last one.
 * Commands the shell parser only half understood, and subcommands written with variables, are left
 * alone: an edit there could land in the wrong place.
 */
final class ShellCalls {

  /**
   * One invocation: the {@code RUN} (or {@code ONBUILD RUN}) it is in, the command with wrappers
   * such as {@code sudo} peeled off, and its subcommand word when it has one.
   */
  record Call(Instruction instruction, Run run, SimpleCommand command,
      Optional<ShellWord> subcommand) {

    /** True when the subcommand is one of {@code names}. */
    boolean is(Set<String> names) {
      return subcommand.isPresent() && names.contains(subcommand.get().value());
    }
  }

  private ShellCalls() {}

  /** Every {@code RUN} of the file (every stage, {@code ONBUILD} triggers too), in order. */
  static List<Instruction> runs(Dockerfile df) {
    List<Instruction> runs = new ArrayList<>();
    for (Instruction i : df.instructions()) {
      if (i.unwrapped() instanceof Run) {
        runs.add(i);
      }
    }
    return runs;
  }

  /** The {@code RUN}s of one stage, in order. */
  static List<Instruction> runs(Stage stage) {
    List<Instruction> runs = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      if (i.unwrapped() instanceof Run) {
        runs.add(i);
      }
    }
    return runs;
  }

  /** The calls of {@code programs} in one {@code RUN}, options read with {@code spec}. */
  static List<Call> calls(Instruction insn, FlagSpec spec, String... programs) {
    List<Call> calls = new ArrayList<>();
    if (!(insn.unwrapped() instanceof Run run)) {
      return calls;
    }
    for (SimpleCommand c : run.script().commands(programs)) {
      if (c.partial() || !c.nameWord().map(ShellWord::isLiteral).orElse(false)) {
        continue;
      }
      List<ShellWord> positionals = c.positionals(spec);
      Optional<ShellWord> sub = positionals.isEmpty() || !positionals.get(0).isLiteral()
          ? Optional.empty() : Optional.of(positionals.get(0));
      calls.add(new Call(insn, run, c, sub));
    }
    return calls;
  }

  /** Inserts {@code flag} after a word: {@code install -y}, or {@code "install", "-y"} in JSON. */
  static TextEdit insertAfter(Call call, ShellWord word, String flag) {
    if (call.run().command().isExecForm()) {
      return TextEdit.insert(word.end(), ", \"" + flag + "\"");
    }
    return TextEdit.insert(word.end(), " " + flag);
  }

  /**
   * Where a command can be added after everything the {@code RUN} does: the end of its last
   * top-level command (before a trailing {@code ;} or newline). Empty for exec form, a script
   * whose last command runs in the background ({@code &}), or one the parser did not fully
   * understand.
   */
  static Optional<Integer> endOfScript(Run run) {
    if (run.command().isExecForm() || run.script().isPartial()) {
      return Optional.empty();
    }
    Sequence root = run.script().root();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    int last = root.pipelines().size() - 1;
    if (root.connectors().get(last) == Connector.BACKGROUND) {
      return Optional.empty();
    }
    Pipeline p = root.pipelines().get(last);
    return Optional.of(p.commands().get(p.commands().size() - 1).end());
  }
}
