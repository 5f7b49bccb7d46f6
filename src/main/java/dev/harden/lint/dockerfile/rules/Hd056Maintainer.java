package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Maintainer;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/** {@code MAINTAINER}, deprecated since Docker 1.13 in favour of a label. */
public final class Hd056Maintainer implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD056", RuleKind.DOCKERFILE, "Replace MAINTAINER with a LABEL")
          .severity(Severity.ERROR)
          .rationale(
              "MAINTAINER is deprecated and only fills a legacy image field tools no longer read;"
                  + " LABEL org.opencontainers.image.authors is where registries and scanners"
                  + " look.")
          .aliases("DL4000", "DS-0022", "DS022")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Instruction insn : ctx.dockerfile().instructions()) {
      if (insn instanceof Maintainer maintainer) {
        out.report(
            ctx.at(insn),
            "MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors=\""
                + maintainer.name().value().replace("\"", "\\\"")
                + "\"");
      }
    }
  }
}
