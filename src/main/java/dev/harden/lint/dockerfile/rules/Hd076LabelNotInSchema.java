package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * With {@code strictLabels: true}, a LABEL key that {@code labelSchema} does not name. Silent
 * otherwise. Every LABEL of the file counts, ONBUILD triggers too; keys built from variables pass.
 * One finding per key.
 */
public final class Hd076LabelNotInSchema implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD076", RuleKind.DOCKERFILE, "Set only the labels the label schema lists")
          .severity(Severity.INFO)
          .rationale(
              "With strictLabels, the label schema is the complete list of labels the"
                  + " organisation allows; any other key is a typo or undocumented metadata.")
          .aliases("DL3050")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    LabelSchema schema = ctx.settings().labelSchema();
    if (schema.isEmpty() || !schema.strict()) {
      return;
    }
    for (SchemaLabels.Pair p : SchemaLabels.all(ctx.dockerfile())) {
      if (p.key().isPresent() && schema.type(p.key().get()).isEmpty()) {
        out.report(ctx.at(p.site().written(), p.pair().key().span()),
            "label " + p.key().get() + " is not in labelSchema (strictLabels is on)");
      }
    }
  }
}
