package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Word;
import dev.harden.dockerfile.Workdir;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/**
 * COPY or ADD to a relative destination in a stage that has set no WORKDIR (neither itself nor a
 * stage it is built FROM): the files land in whatever directory the base image chose.
 */
public final class Hd066RelativeCopyWithoutWorkdir implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD066", RuleKind.DOCKERFILE, "Set WORKDIR before copying to a relative path")
          .severity(Severity.WARNING)
          .rationale(
              "A relative destination is resolved against the working directory, which without a"
                  + " WORKDIR of your own is the base image's: / in most images, something else in"
                  + " others, and it can change with the base.")
          .aliases("DL3045")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Dockerfile df = ctx.dockerfile();
    for (Stage stage : df.stages()) {
      boolean workdir = inheritsWorkdir(df, stage);
      for (Instruction insn : stage.instructions()) {
        if (insn instanceof Workdir) {
          workdir = true;
        }
        Word dest =
            insn instanceof Copy c
                ? c.destination()
                : insn instanceof Add a && !AddSources.isHistoryForm(a) ? a.destination() : null;
        if (workdir || dest == null) {
          continue;
        }
        Optional<String> path = Paths.known(dest, Optional.of(stage.scopeAt(insn)));
        if (path.isPresent() && !Paths.isAbsolute(path.get())) {
          out.report(
              ctx.at(insn, dest.span()),
              insn.keyword()
                  + " to the relative path "
                  + path.get()
                  + " with no WORKDIR set:"
                  + " the files land in the base image's working directory; set WORKDIR first"
                  + " or use an absolute path");
        }
      }
    }
  }

  /** True when a stage this one is built FROM sets a WORKDIR. */
  private static boolean inheritsWorkdir(Dockerfile df, Stage stage) {
    Optional<Integer> base = stage.baseStage();
    for (int hops = 0; base.isPresent() && hops < df.stages().size(); hops++) {
      Stage parent = df.stages().get(base.get());
      if (!parent.instructions(Workdir.class).isEmpty()) {
        return true;
      }
      base = parent.baseStage();
    }
    return false;
  }
}
