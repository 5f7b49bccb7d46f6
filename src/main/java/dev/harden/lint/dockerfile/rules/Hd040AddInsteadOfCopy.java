package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;

/** {@code ADD} of plain local files: COPY does the same without ADD's download and unpacking. */
public final class Hd040AddInsteadOfCopy implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of(
              "HD040", RuleKind.DOCKERFILE, "Use COPY instead of ADD for local files and folders")
          .severity(Severity.WARNING)
          .rationale(
              "ADD also downloads URLs and unpacks archives; for plain local files COPY does the"
                  + " same with no hidden behaviour, so a renamed file never turns into an unpacked"
                  + " archive by surprise.")
          .aliases("DL3020", "DS-0005", "DS005")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      if (!(site.effective() instanceof Add add)
          || add.flag("checksum").isPresent()
          || add.flag("keep-git-dir").isPresent()
          || AddSources.isHistoryForm(add)) {
        continue;
      }
      List<String> local = new ArrayList<>();
      for (Word source : add.sources()) {
        AddSources.Source s = AddSources.classify(add, source, site.scope());
        if (s.kind() == AddSources.Kind.LOCAL || s.kind() == AddSources.Kind.HEREDOC) {
          local.add(s.kind() == AddSources.Kind.HEREDOC ? "heredoc " + source.value() : s.value());
        }
      }
      if (!local.isEmpty()) {
        out.report(
            ctx.at(site.written(), add.span()),
            "ADD of local "
                + (local.size() == 1 ? "source " : "sources ")
                + String.join(", ", local)
                + ": use COPY (ADD is for URLs and tar archives to unpack)");
      }
    }
  }
}
