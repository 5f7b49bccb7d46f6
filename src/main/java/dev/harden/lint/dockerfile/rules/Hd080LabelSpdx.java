package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * A label {@code labelSchema} types {@code spdx} whose value is not an SPDX licence expression: one
 * licence id of the SPDX list ({@code Apache-2.0}), ids joined with {@code AND}, {@code OR} and
 * parentheses, {@code WITH} an exception id, or {@code LicenseRef-...}. The OCI label
 * {@code org.opencontainers.image.licenses} is defined as such an expression.
 */
public final class Hd080LabelSpdx implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD080", RuleKind.DOCKERFILE, "Give spdx labels an SPDX licence expression")
          .severity(Severity.WARNING)
          .rationale(
              "Licence scanners and SBOM tools match licence labels against the SPDX list; a free"
                  + " name such as 'Apache 2' matches nothing.")
          .aliases("DL3054")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.SPDX, SpdxExpression::valid,
        "an SPDX licence id or expression");
  }
}
