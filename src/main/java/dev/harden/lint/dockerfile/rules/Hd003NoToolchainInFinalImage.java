package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD003: compilers or build tools reach the final image: a toolchain package installed (and not
 * removed in the same RUN), or a build command run in a stage of the final image's chain. Build
 * stages are not judged: that is where toolchains belong. A single-stage Dockerfile that builds
 * is HD004's finding instead.
 */
public final class Hd003NoToolchainInFinalImage implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD003", RuleKind.DOCKERFILE,
          "Keep compilers and build tools out of the final image")
      .severity(Severity.WARNING)
      .rationale("Compilers, headers and build tools are never needed at run time, are among the"
          + " largest packages in an image, and let an intruder build whatever they like.")
      .hardening(3)
      .build();

  private final BaseImages knowledge;

  public Hd003NoToolchainInFinalImage() {
    this(BaseImages.builtin());
  }

  Hd003NoToolchainInFinalImage(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Toolchains toolchains = new Toolchains(ctx, knowledge);
    if (toolchains.singleStage() && !toolchains.builds().isEmpty()) {
      return;
    }
    for (Toolchains.Install i : toolchains.installs()) {
      out.report(i.site().at(ctx, i.command()), "installs " + Names.join(i.packages())
          + " into the final image and never removes them: build in an earlier stage and COPY"
          + " only the result");
    }
    if (toolchains.singleStage()) {
      return;
    }
    for (Toolchains.Build b : toolchains.builds()) {
      String from = b.source().isEmpty() ? "" : " from " + b.source();
      out.report(b.site().at(ctx, b.command()), b.what() + " runs in the final image, so the "
          + b.language() + " toolchain" + from + " ships with the result: build in an earlier"
          + " stage and COPY --from it");
    }
  }
}
