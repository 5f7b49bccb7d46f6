package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A label {@code labelSchema} types {@code url} whose value is not an absolute URI: it needs a
 * scheme ({@code https://example.com/x}, not {@code example.com/x}), and a host for the schemes
 * that address one. Silent without such a label in the schema.
 */
public final class Hd078LabelUrl implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD078", RuleKind.DOCKERFILE, "Give url labels an absolute URL")
          .severity(Severity.WARNING)
          .rationale(
              "Tools follow labels such as org.opencontainers.image.source as links; without a"
                  + " scheme they cannot.")
          .aliases("DL3052")
          .build();

  /** Schemes whose URLs name a host. */
  private static final Set<String> HOST_SCHEMES = Set.of("http", "https", "ftp", "git", "ssh");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    SchemaLabels.checkValues(ctx, out, LabelSchema.Type.URL, Hd078LabelUrl::valid,
        "an absolute URL");
  }

  static boolean valid(String value) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute()) {
        return false;
      }
      if (!HOST_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        return true;
      }
      String authority = uri.getRawAuthority();
      return authority != null && !authority.substring(authority.lastIndexOf('@') + 1).isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
