package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.regex.Pattern;

/**
 * {@code ADD https://...} without {@code --checksum}: the build trusts whatever the server sends.
 */
public final class Hd041AddUrlChecksum implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of("HD041", RuleKind.DOCKERFILE, "Verify remote ADD sources with --checksum")
          .severity(Severity.WARNING)
          .rationale(
              "A URL can serve different bytes tomorrow, or an attacker's bytes today; ADD"
                  + " --checksum=sha256:... makes the build fail instead of shipping them. A git"
                  + " source is pinned by a full commit id.")
          .build();

  /** A full commit id after {@code #} (optionally followed by {@code :subdir}). */
  private static final Pattern COMMIT = Pattern.compile(".*#([0-9a-f]{40}|[0-9a-f]{64})(:.*)?$");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Add add) || add.flag("checksum").isPresent()) {
        continue;
      }
      for (Word source : add.sources()) {
        AddSources.Source s = AddSources.classify(add, source, site.scope());
        if (s.kind() == AddSources.Kind.URL) {
          out.report(
              ctx.at(site.written(), source.span()),
              "ADD downloads "
                  + s.value()
                  + " without --checksum: add --checksum=sha256:<digest> so a changed file fails"
                  + " the build");
        } else if (s.kind() == AddSources.Kind.GIT && !COMMIT.matcher(s.value()).matches()) {
          out.report(
              ctx.at(site.written(), source.span()),
              "ADD clones "
                  + s.value()
                  + " at a ref that can move: pin it to a full commit id (#<sha>) or add"
                  + " --checksum=<commit>");
        }
      }
    }
  }
}
