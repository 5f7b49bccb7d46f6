package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * A label {@code labelSchema} names is set to an empty (or blank) value. Silent without a schema.
 * Values built from variables pass: they are only known at build time.
 */
public final class Hd077SchemaLabelEmpty implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD077", RuleKind.DOCKERFILE, "Do not leave a schema label empty")
          .severity(Severity.WARNING)
          .rationale(
              "An empty value satisfies a presence check but tells the tools that read the label"
                  + " nothing.")
          .aliases("DL3051")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    LabelSchema schema = ctx.settings().labelSchema();
    if (schema.isEmpty()) {
      return;
    }
    for (SchemaLabels.Pair p : SchemaLabels.all(ctx.dockerfile())) {
      if (p.key().isPresent() && schema.type(p.key().get()).isPresent()
          && p.value().filter(String::isBlank).isPresent()) {
        out.report(ctx.at(p.site().written(), p.pair().key().span()),
            "label " + p.key().get() + " is empty (labelSchema: "
                + schema.type(p.key().get()).get().label() + ")");
      }
    }
  }
}
