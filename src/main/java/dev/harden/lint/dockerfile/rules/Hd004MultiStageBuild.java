package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD004: a Dockerfile with one stage builds a compiled language and runs the result, so the
 * toolchain ships. Reported once, at the first build command whose toolchain stays.
 */
public final class Hd004MultiStageBuild implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD004", RuleKind.DOCKERFILE,
          "Build in a separate stage")
      .severity(Severity.WARNING)
      .rationale("A single stage that compiles and runs keeps the compiler, the sources and the"
          + " build cache in the image; a multi-stage build copies only the artefact into a"
          + " runtime image.")
      .hardening(3)
      .fixable()
      .build();

  private final BaseImages knowledge;

  public Hd004MultiStageBuild() {
    this(BaseImages.builtin());
  }

  Hd004MultiStageBuild(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Toolchains toolchains = new Toolchains(ctx, knowledge);
    if (!toolchains.singleStage()) {
      return;
    }
    for (Toolchains.Build b : toolchains.builds()) {
      String from = b.source().isEmpty() ? "" : " (from " + b.source() + ")";
      out.report(b.site().at(ctx, b.command()), b.what() + " builds " + b.language()
          + " in the only stage, so the toolchain" + from + " ships in the image: build in a"
          + " first stage (FROM ... AS build) and COPY --from=build only the result into a"
          + " runtime image");
      return;
    }
  }
}
