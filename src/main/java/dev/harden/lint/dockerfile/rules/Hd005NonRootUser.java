package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;

/**
 * HD005: the final image runs as root. Decided on the whole stage chain of the final image: the
 * last USER wins wherever it is ({@code USER root}, {@code 0}, {@code 0:0}, {@code root:root},
 * or a variable that resolves to one of them); with no USER at all the image runs as its base's
 * user, which is root unless the knowledge base knows the base runs as non-root (distroless
 * :nonroot, Chainguard, Bitnami, nginx-unprivileged...).
 */
public final class Hd005NonRootUser implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD005", RuleKind.DOCKERFILE,
          "Run the final image as a non-root user")
      .severity(Severity.ERROR)
      .rationale("A process running as root in a container is root on the files it can reach and"
          + " one kernel bug away from root on the host; a non-root USER removes that for free.")
      .aliases("DL3002", "DS-0002", "DS002")
      .hardening(4)
      .fixable()
      .build();

  private final BaseImages knowledge;

  public Hd005NonRootUser() {
    this(BaseImages.builtin());
  }

  Hd005NonRootUser(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    ImageUser who = ImageUser.of(ctx, knowledge);
    if (who.instruction().isPresent()) {
      if (who.isRoot()) {
        out.report(ctx.at(who.instruction().get()), "the final image runs as root (USER "
            + who.instruction().get().user().value() + "): switch to a non-root user, e.g."
            + " USER 10001, after the steps that need root");
      }
      return;
    }
    if (!who.isRoot()) {
      return;
    }
    Stage last = ctx.finalStage();
    Stage root = ctx.imageChain().get(0);
    String base = root.isScratch() ? "scratch"
        : root.base() instanceof Base.Image image ? BaseRef.shortName(image.reference())
        : root.from().image().raw();
    out.report(ctx.at(last.from()), "no USER in the final image, so it runs as root (the"
        + " default of " + base + "): add USER with a non-root UID, e.g. USER 10001");
  }
}
