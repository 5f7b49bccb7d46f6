package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Maintainer;
import dev.harden.fix.FixSafety;
import java.util.List;

/**
 * HD056: the deprecated {@code MAINTAINER name} becomes {@code LABEL
 * org.opencontainers.image.authors="name"}, the OCI annotation that replaced it. The value is
 * quoted, with {@code "}, {@code \} and {@code $} escaped (a LABEL expands variables, MAINTAINER
 * did not).
 */
final class MaintainerFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD056";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : context.dockerfile().instructions()) {
      if (!(insn instanceof Maintainer m)) {
        continue;
      }
      String name = m.name().value();
      String escaped = name.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$");
      String label = context.keyword("LABEL") + " org.opencontainers.image.authors=\"" + escaped
          + "\"";
      out.add(context.fix(ruleId(), FixSafety.SAFE, insn,
          "replace MAINTAINER with the org.opencontainers.image.authors label",
          "the same name is recorded, as the label every current tool reads",
          List.of(DockerfileEdits.replace(context, insn, List.of(label)))));
    }
  }
}
