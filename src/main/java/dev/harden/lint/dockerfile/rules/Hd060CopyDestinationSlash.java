package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Word;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.List;
import java.util.Optional;

/** COPY/ADD of several sources into a destination that does not end with {@code /}. */
public final class Hd060CopyDestinationSlash implements DockerfileRule {

  public static final RuleMeta META =
      RuleMeta.of(
              "HD060",
              RuleKind.DOCKERFILE,
              "End the destination with / when copying several sources")
          .severity(Severity.ERROR)
          .rationale(
              "With more than one source the destination must be a directory, and BuildKit"
                  + " only takes it as one when it ends with /: otherwise the build fails.")
          .aliases("DL3021", "DS-0011", "DS011")
          .fixable()
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (InstructionSite site : InstructionSite.all(ctx.dockerfile())) {
      Instruction e = site.effective();
      List<Word> sources;
      Word destination;
      if (e instanceof Copy copy) {
        sources = copy.sources();
        destination = copy.destination();
      } else if (e instanceof Add add && !AddSources.isHistoryForm(add)) {
        sources = add.sources();
        destination = add.destination();
      } else {
        continue;
      }
      if (sources.size() < 2 || isHistoryForm(sources)) {
        continue;
      }
      Optional<String> dest = Paths.known(destination, site.scope());
      if (dest.isPresent()
          && !dest.get().endsWith("/")
          && !dest.get().endsWith("\\")
          && !dest.get().equals(".")) {
        out.report(
            ctx.at(site.written(), destination.span()),
            e.keyword()
                + " of "
                + sources.size()
                + " sources into "
                + dest.get()
                + ": the destination must end with / ("
                + dest.get()
                + "/)");
      }
    }
  }

  /** {@code COPY file:<hash> in /dest}, how {@code docker history} shows a COPY. */
  private static boolean isHistoryForm(List<Word> sources) {
    return sources.size() == 2
        && sources.get(1).value().equals("in")
        && sources.get(0).value().matches("(file|multi|dir):[0-9a-f]{16,}");
  }
}
