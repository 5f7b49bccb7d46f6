package dev.harden.fix.dockerfile;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.harden.dockerfile.Cmd;
import dev.harden.dockerfile.CommandLine;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Entrypoint;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.Dialect;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.Sequence;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.ShellWord;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HD046: a shell-form {@code CMD} or {@code ENTRYPOINT} that is one plain command ({@code CMD node
 * server.js}, {@code CMD exec node server.js}) becomes exec form ({@code CMD ["node",
 * "server.js"]}): the program runs as PID 1 and gets the stop signal instead of {@code /bin/sh}.
 * Only when nothing in it needs a shell: no variables, globs, redirections, pipes, {@code &&} or
 * assignments. An {@code ENTRYPOINT} in a stage that also sets {@code CMD} is only suggested: in
 * exec form the {@code CMD} becomes its arguments, where the shell form ignored it.
 */
final class ExecFormFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD046";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    Dockerfile df = context.dockerfile();
    for (Stage stage : df.stages()) {
      boolean stageHasCmd = stage.instructions().stream().anyMatch(i -> i instanceof Cmd);
      for (Instruction insn : stage.instructions()) {
        CommandLine line = insn instanceof Cmd c ? c.command()
            : insn instanceof Entrypoint e ? e.command() : null;
        if (!(line instanceof ShellForm shell) || shell.text().isBlank()) {
          continue;
        }
        String keyword = insn.keyword();
        Optional<List<String>> argv = plainCommand(shell.script());
        if (argv.isEmpty()) {
          out.cannot(context.cannot(ruleId(), insn, "write " + keyword + " in exec form",
              "the command uses the shell (variables, globs, redirections, pipes or several"
                  + " commands); rewrite it by hand or wrap it in a script"));
          continue;
        }
        boolean entrypointWithCmd = insn instanceof Entrypoint && stageHasCmd;
        out.add(context.fix(ruleId(),
            entrypointWithCmd ? FixSafety.SUGGESTED : FixSafety.SAFE, insn,
            "write " + keyword + " in exec form: " + json(argv.get()),
            entrypointWithCmd
                ? "this stage's CMD becomes the ENTRYPOINT's arguments, which the shell form"
                    + " ignored; check that the program accepts them"
                : "the same program runs with the same arguments, as PID 1 so it receives the"
                    + " stop signal",
            List.of(new TextEdit(shell.span().startOffset(), shell.span().endOffset(),
                json(argv.get())))));
      }
    }
  }

  /** The argument vector of a script that is one command without shell features. */
  static Optional<List<String>> plainCommand(ShellScript script) {
    if (script.isPartial() || script.dialect() != Dialect.POSIX
        || script.commands().size() != 1) {
      return Optional.empty();
    }
    Sequence root = script.root();
    if (root.pipelines().size() != 1) {
      return Optional.empty();
    }
    Pipeline p = root.pipelines().get(0);
    if (p.negated() || p.commands().size() != 1
        || !(p.commands().get(0) instanceof SimpleCommand c)) {
      return Optional.empty();
    }
    if (!c.assignments().isEmpty() || !c.redirects().isEmpty() || c.words().isEmpty()) {
      return Optional.empty();
    }
    List<ShellWord> words = c.words();
    if (words.get(0).value().equals("exec") && words.size() > 1) {
      words = words.subList(1, words.size());
    }
    List<String> argv = new ArrayList<>();
    for (ShellWord w : words) {
      if (!w.isLiteral() || !w.isComplete() || w.value().isEmpty()
          || (!w.isQuoted() && w.value().matches("(?s).*[*?\\[~{].*"))
          || (!w.isQuoted() && w.value().startsWith("-") && argv.isEmpty())) {
        return Optional.empty();
      }
      argv.add(w.value());
    }
    return Optional.of(argv);
  }

  static String json(List<String> argv) {
    List<String> quoted = new ArrayList<>();
    for (String a : argv) {
      quoted.add("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(a)) + "\"");
    }
    return "[" + String.join(", ", quoted) + "]";
  }
}
