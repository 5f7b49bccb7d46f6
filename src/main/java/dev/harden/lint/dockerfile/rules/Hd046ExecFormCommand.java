package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Cmd;
import dev.harden.dockerfile.CommandLine;
import dev.harden.dockerfile.Entrypoint;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.ShellForm;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.shell.Dialect;
import dev.harden.dockerfile.shell.Pipeline;
import dev.harden.dockerfile.shell.ShellScript;
import dev.harden.dockerfile.shell.SimpleCommand;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Shell-form {@code CMD}/{@code ENTRYPOINT} of the image: the one that takes effect (the last of
 * each in the final stage and the stages it is built on) and ONBUILD ones. The exec form, an empty
 * {@code CMD []}, a script whose last step is {@code exec prog}, and Windows stages pass.
 */
public final class Hd046ExecFormCommand implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD046", RuleKind.DOCKERFILE, "Use the JSON (exec) form for CMD and ENTRYPOINT")
          .severity(Severity.WARNING)
          .rationale(
              "The shell form runs the command under /bin/sh -c, which does not forward SIGTERM:"
                  + " docker stop and Kubernetes wait out the grace period and kill the process"
                  + " without a clean shutdown; a shell-form ENTRYPOINT also ignores CMD and the"
                  + " arguments of docker run.")
          .aliases("DL3025")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Instruction cmd = null;
    Instruction entrypoint = null;
    List<Instruction> triggers = new ArrayList<>();
    for (Stage stage : ctx.imageChain()) {
      for (Instruction insn : stage.instructions()) {
        if (insn instanceof Cmd) {
          cmd = insn;
        } else if (insn instanceof Entrypoint) {
          entrypoint = insn;
        } else if (insn.unwrapped() instanceof Cmd || insn.unwrapped() instanceof Entrypoint) {
          triggers.add(insn);
        }
      }
    }
    List<Instruction> effective = new ArrayList<>();
    if (entrypoint != null) {
      effective.add(entrypoint);
    }
    if (cmd != null) {
      effective.add(cmd);
    }
    effective.addAll(triggers);
    for (Instruction insn : effective) {
      Instruction e = insn.unwrapped();
      CommandLine line = e instanceof Cmd c ? c.command() : ((Entrypoint) e).command();
      if (line instanceof ShellForm shell && needsExecForm(shell)) {
        out.report(
            ctx.at(insn, e.span()),
            e.keyword()
                + " "
                + shell.text().strip()
                + " is in shell form: it runs under /bin/sh -c and does not receive SIGTERM; write"
                + " it as a JSON array");
      }
    }
  }

  private static boolean needsExecForm(ShellForm shell) {
    ShellScript script = shell.script();
    if (shell.text().isBlank() || script.dialect() != Dialect.POSIX || script.isEmpty()) {
      return false;
    }
    // a script whose last step is `exec prog` hands PID 1 to prog, which then gets the signals
    List<Pipeline> top = script.root().pipelines();
    Pipeline last = top.isEmpty() ? null : top.get(top.size() - 1);
    return !(last != null
        && last.commands().size() == 1
        && last.commands().get(0) instanceof SimpleCommand c
        && c.is("exec"));
  }
}
