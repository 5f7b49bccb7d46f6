package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Expose;
import dev.harden.dockerfile.Healthcheck;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * A network service image without HEALTHCHECK. Style only, and quiet on purpose: it looks at the
 * final image (the final stage and the stages it is built on) and only when that image EXPOSEs a
 * port, since a CLI tool, a batch job or a language base image has nothing to probe. Images on
 * scratch or distroless have no shell or curl to probe with and pass; {@code HEALTHCHECK NONE}
 * (also as an ONBUILD trigger) is a decision and passes. Kubernetes ignores HEALTHCHECK and uses
 * its own probes, which is why this never fails a build at the default threshold.
 */
public final class Hd072Healthcheck implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD072", RuleKind.DOCKERFILE, "Add a HEALTHCHECK to service images")
          .severity(Severity.STYLE)
          .rationale(
              "Without a HEALTHCHECK, Docker and Compose only know whether the process exists,"
                  + " not whether it answers; Kubernetes uses its own probes instead.")
          .aliases("DL3057", "DS-0026", "DS026")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    if (onMinimalBase(ctx)) {
      return;
    }
    Expose exposed = null;
    for (Stage stage : ctx.imageChain()) {
      for (Instruction insn : stage.instructions()) {
        if (insn.unwrapped() instanceof Healthcheck) {
          return;
        }
        if (insn instanceof Expose e && exposed == null) {
          exposed = e;
        }
      }
    }
    if (exposed != null) {
      Stage last = ctx.finalStage();
      out.report(
          ctx.at(last.from()),
          "image of stage "
              + last.label()
              + " serves "
              + exposed.syntax().arguments()
              + " (EXPOSE on line "
              + exposed.line()
              + ") but has no HEALTHCHECK: add one if it"
              + " runs under Docker or Compose (Kubernetes uses probes instead)");
    }
  }

  private static boolean onMinimalBase(DockerfileContext ctx) {
    Base root = ctx.dockerfile().rootBase(ctx.finalStage());
    if (root instanceof Base.Scratch) {
      return true;
    }
    if (root instanceof Base.Image image) {
      ImageReference ref = image.reference();
      return ref.repository().startsWith("distroless/")
          || ref.registry().equals("cgr.dev")
          || ref.familiarName().contains("distroless");
    }
    return false;
  }
}
