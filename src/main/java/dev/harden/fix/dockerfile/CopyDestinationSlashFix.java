package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Word;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import java.util.List;

/**
 * HD060: a {@code COPY} or {@code ADD} of several sources gets a {@code /} at the end of its
 * destination. BuildKit refuses the instruction without it, so adding it cannot change a build
 * that worked.
 */
final class CopyDestinationSlashFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD060";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Instruction insn : context.dockerfile().instructions()) {
      Instruction i = insn.unwrapped();
      List<Word> sources;
      Word destination;
      boolean exec;
      if (i instanceof Copy c) {
        sources = c.sources();
        destination = c.destination();
        exec = c.execForm();
      } else if (i instanceof Add a) {
        sources = a.sources();
        destination = a.destination();
        exec = a.execForm();
      } else {
        continue;
      }
      if (sources.size() < 2 || destination.value().endsWith("/")) {
        continue;
      }
      int at = destination.span().endOffset() - (exec ? 1 : 0);
      out.add(context.fix(ruleId(), FixSafety.SAFE, insn,
          "end the destination " + destination.value() + " with /",
          "with several sources the destination must be a directory; BuildKit refuses it"
              + " without the /",
          List.of(TextEdit.insert(at, "/"))));
    }
  }
}
