package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code COPY --from} (and {@code RUN --mount=from=}) that BuildKit cannot use as meant: a variable
 * (not expanded there), a stage index past the last stage, a stage that depends on the copying one
 * (a cycle), or a bare name that is no stage and so gets pulled as an image (often a misspelt
 * stage). A later stage is fine: BuildKit resolves stages in any order. An image reference with a
 * tag, digest or path ({@code nginx:1.27}, {@code ghcr.io/o/r}) is fine.
 */
public final class Hd052CopyFromUnknownStage implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD052", RuleKind.DOCKERFILE, "COPY --from a stage that exists")
          .severity(Severity.WARNING)
          .rationale(
              "A --from that names no stage is pulled from Docker Hub as an image, so a typo in a"
                  + " stage name copies files from a stranger's image or fails late; indexes past"
                  + " the last stage, cycles and variables fail the build.")
          .aliases("DL3022")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Dockerfile df = ctx.dockerfile();
    for (StageSources.Reference ref : StageSources.all(df)) {
      problem(df, ref)
          .ifPresent(p -> out.report(ctx.at(ref.instruction(), ref.span()), ref.describe() + p));
    }
  }

  private static Optional<String> problem(Dockerfile df, StageSources.Reference ref) {
    String from = ref.written();
    if (from.contains("$")) {
      return Optional.of(
          ": variables are not expanded in --from; name a stage built FROM the"
              + " variable instead");
    }
    Optional<Stage> target = StageSources.stage(df, from);
    if (from.matches("\\d+") && target.isEmpty()) {
      return Optional.of(
          ": there is no stage "
              + from
              + " (stages are numbered 0 to "
              + (df.stages().size() - 1)
              + ")");
    }
    if (target.isPresent()) {
      int own = ref.stage().index();
      if (target.get().index() != own && df.graph().required(target.get().index()).contains(own)) {
        return Optional.of(
            ": stage "
                + target.get().label()
                + " itself needs stage "
                + ref.stage().label()
                + ", a circular dependency");
      }
      return Optional.empty();
    }
    ImageReference image;
    try {
      image = ImageReference.parse(from);
    } catch (IllegalArgumentException e) {
      return Optional.of(
          " is neither a stage of this file nor a valid image (" + e.getMessage() + ")");
    }
    if (from.contains("/") || from.contains(":") || from.contains("@")) {
      return Optional.empty();
    }
    return Optional.of(
        " names no stage of this file"
            + stageList(df)
            + ", so BuildKit pulls the"
            + " image "
            + image
            + ":latest; fix the stage name, or give the image a tag");
  }

  private static String stageList(Dockerfile df) {
    List<String> names = new ArrayList<>();
    for (Stage s : df.stages()) {
      s.name().ifPresent(names::add);
    }
    return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
  }
}
