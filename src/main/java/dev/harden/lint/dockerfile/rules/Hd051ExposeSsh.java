package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Expose;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** The image exposes port 22: an SSH server in a container. Build stages do not matter. */
public final class Hd051ExposeSsh implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD051", RuleKind.DOCKERFILE, "Do not expose the SSH port")
          .severity(Severity.WARNING)
          .rationale(
              "An SSH daemon in a container is another root-capable service with keys to manage"
                  + " and patch; use docker exec or kubectl exec to get a shell.")
          .aliases("DS-0004", "DS004")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.imageChain()) {
      for (Instruction insn : stage.instructions()) {
        if (!(insn.unwrapped() instanceof Expose expose)) {
          continue;
        }
        for (Word port : expose.ports()) {
          Expansion e = insn == expose ? stage.scopeAt(insn).expand(port) : null;
          String text = e == null ? port.value() : e.value();
          PortSpec spec = PortSpec.parse(text);
          if (spec.includes(22) && !spec.protocol().equals("udp")) {
            out.report(
                ctx.at(insn, port.span()),
                "EXPOSE "
                    + text
                    + " publishes the SSH port: use docker exec or kubectl exec"
                    + " instead of an SSH server in the image");
          }
        }
      }
    }
  }
}
