package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.KeyValue;
import dev.harden.dockerfile.Label;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/**
 * LABEL keys outside Docker's guidelines: lower-case letters, digits, {@code .} and {@code -},
 * starting with a letter and ending with a letter or digit, no doubled separators, and not in the
 * namespaces Docker reserves ({@code com.docker.*}, {@code io.docker.*}, {@code
 * org.dockerproject.*}).
 */
public final class Hd073LabelKey implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD073", RuleKind.DOCKERFILE, "Use valid LABEL keys")
          .severity(Severity.STYLE)
          .rationale(
              "Tools that read labels (registries, scanners, docker inspect --format) expect"
                  + " reverse-DNS keys in lower case; keys in Docker's own namespaces may be"
                  + " overwritten.")
          .aliases("DL3048")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Label label)) {
        continue;
      }
      for (KeyValue kv : label.pairs()) {
        String key = kv.name();
        if (key.contains("$")) {
          continue;
        }
        problem(key)
            .ifPresent(
                p ->
                    out.report(
                        ctx.at(site.written(), kv.key().span()), "label key " + key + " " + p));
      }
    }
  }

  static Optional<String> problem(String key) {
    if (key.startsWith("com.docker.")
        || key.startsWith("io.docker.")
        || key.startsWith("org.dockerproject.")) {
      return Optional.of("is in a namespace Docker reserves for itself");
    }
    if (!key.matches("[a-z0-9.-]+")) {
      return Optional.of("should use only lower-case letters, digits, . and -");
    }
    if (!key.matches("[a-z].*[a-z0-9]|[a-z]")) {
      return Optional.of("should start with a letter and end with a letter or digit");
    }
    if (key.contains("..") || key.contains("--")) {
      return Optional.of("has a doubled separator");
    }
    return Optional.empty();
  }
}
