package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/**
 * HD001: the base image of the final image is not pinned by digest. The base that counts is the
 * root of the final image's stage chain ({@code FROM node:20 AS base ... FROM base}); it is
 * reported as an error on its FROM line. The external bases of other stages are reported at info:
 * they do not ship, but they decide what is built. {@code scratch}, stage references and a FROM
 * whose image comes from an ARG without a default are not judged.
 */
public final class Hd001PinBaseDigest implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD001", RuleKind.DOCKERFILE,
          "Pin the base image by digest")
      .severity(Severity.ERROR)
      .rationale("A tag is a pointer the registry can move: the same Dockerfile builds on"
          + " different bytes tomorrow, and a compromised tag reaches every build. A digest names"
          + " exactly one image.")
      .hardening(1)
      .fixable()
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    int root = ctx.imageChain().get(0).index();
    for (Stage stage : ctx.dockerfile().stages()) {
      Optional<BaseRef> base = BaseRef.of(stage);
      if (base.isEmpty() || base.get().hasDigest() || base.get().reference().isEmpty()) {
        continue;
      }
      BaseRef b = base.get();
      if (stage.index() == root) {
        out.report(b.at(ctx), "base image " + b.describe() + " of the final image is not pinned"
            + " by digest: write " + b.text() + "@sha256:<digest>");
      } else {
        out.report(b.at(ctx), "build stage " + stage.label() + " uses " + b.describe()
            + " without a digest", Severity.INFO);
      }
    }
  }
}
