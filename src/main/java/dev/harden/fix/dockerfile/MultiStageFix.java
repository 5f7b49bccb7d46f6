package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Arg;
import dev.harden.dockerfile.Cmd;
import dev.harden.dockerfile.Comment;
import dev.harden.dockerfile.Entrypoint;
import dev.harden.dockerfile.Env;
import dev.harden.dockerfile.Expose;
import dev.harden.dockerfile.From;
import dev.harden.dockerfile.Healthcheck;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Label;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Stopsignal;
import dev.harden.dockerfile.User;
import dev.harden.dockerfile.Volume;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.TextEdits;
import java.util.ArrayList;
import java.util.List;

/**
 * HD004 (hardening change 3): a single stage that builds and runs becomes two. The original stage
 * is the build stage ({@code AS build}), unchanged but for what only matters at run time ({@code
 * CMD}, {@code ENTRYPOINT}, {@code EXPOSE}, labels, a final {@code USER}...), which moves, byte for
 * byte, to a new runtime stage on a slim or distroless image that gets only the artefact ({@code
 * COPY --from=build}) plus the stage's ARG and ENV lines and its WORKDIR. Node builds drop their
 * devDependencies at the end of the build stage and copy the app directory. The rewrite is one edit
 * over the whole stage, so no other fix lands in the same round; they apply to the new stages in
 * the next. Always suggested: see {@link SingleStageBuild.Plan#caveat()}.
 */
final class MultiStageFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD004";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    if (context.dockerfile().stages().size() != 1) {
      return;
    }
    Stage stage = context.dockerfile().stages().get(0);
    SingleStageBuild.Outcome outcome = new SingleStageBuild(context, stage).plan();
    if (!outcome.builds()) {
      return;
    }
    String description = "split the build into a build stage and a runtime stage";
    if (outcome.plan().isEmpty()) {
      out.cannot(context.cannot(ruleId(), stage.from(), description, outcome.reason()));
      return;
    }
    SingleStageBuild.Plan plan = outcome.plan().get();
    out.add(context.fix(ruleId(), FixSafety.SUGGESTED, stage.from(),
        "build " + plan.language() + " in a build stage and run it on " + plan.runtime(),
        "only " + String.join(", ", plan.artefacts()) + " reaches the image, not the toolchain"
            + "; " + plan.caveat(),
        List.of(rewrite(context, stage, plan))));
  }

  private static TextEdit rewrite(FixContext context, Stage stage, SingleStageBuild.Plan plan) {
    String text = context.text();
    String nl = context.newline();
    From from = stage.from();
    String name = stage.name().orElse("build");
    List<TextEdit> edits = new ArrayList<>();
    String image = context.dockerfile().text(from.image().span());
    edits.add(new TextEdit(from.image().span().startOffset(), from.image().span().endOffset(),
        stage.name().isPresent() ? image : image + " " + context.keyword("AS") + " build"));

    int lastRun = -1;
    for (Instruction i : stage.instructions()) {
      if (i instanceof Run) {
        lastRun = i.span().startOffset();
      }
    }
    List<String> copied = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    Instruction lastKept = from;
    for (Instruction i : stage.instructions()) {
      if (i instanceof Arg || i instanceof Env) {
        copied.add(context.dockerfile().text(i.fullSpan()));
      }
      boolean runtimeOnly = i instanceof Cmd || i instanceof Entrypoint || i instanceof Expose
          || i instanceof Healthcheck || i instanceof Stopsignal || i instanceof Volume
          || i instanceof Label || i instanceof User && i.span().startOffset() > lastRun;
      if (!runtimeOnly) {
        lastKept = i;
        continue;
      }
      int start = i.span().startOffset();
      List<Comment> above = context.dockerfile().commentsAbove(i);
      if (!above.isEmpty()) {
        start = above.get(0).span().startOffset();
      }
      start = DockerfileEdits.lineStart(text, start);
      moved.add(text.substring(start, i.fullSpan().endOffset()));
      TextEdit delete = DockerfileEdits.delete(context, i);
      edits.add(new TextEdit(start, delete.end(), ""));
    }
    if (!plan.buildTail().isEmpty()) {
      edits.add(DockerfileEdits.insertAfter(context, lastKept,
          DockerfileEdits.run(context, plan.buildTail())));
    }
    List<String> runtime = new ArrayList<>();
    runtime.add(context.keyword("FROM") + " " + plan.runtime());
    runtime.addAll(copied);
    Workdirs.atEnd(stage).ifPresent(w -> runtime.add(context.keyword("WORKDIR") + " " + w));
    for (String artefact : plan.artefacts()) {
      runtime.add(context.keyword("COPY") + " --from=" + name + " " + artefact + " " + artefact);
    }
    runtime.addAll(moved);
    String rewritten = TextEdits.apply(text, edits);
    rewritten += (rewritten.endsWith("\n") ? "" : nl) + nl + String.join(nl, runtime) + nl;
    int start = DockerfileEdits.lineStart(text, from.span().startOffset());
    return new TextEdit(start, text.length(), rewritten.substring(start));
  }
}
