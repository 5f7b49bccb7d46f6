package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Stage;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.Optional;

/** HD011: a FROM names an image by its {@code latest} tag (and no digest). */
public final class Hd011ImageLatest implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD011", RuleKind.DOCKERFILE,
          "Do not use the latest tag")
      .severity(Severity.WARNING)
      .rationale("latest is whatever was pushed last: the build changes under you, and a new"
          + " major version can arrive without anyone deciding it.")
      .aliases("DL3007", "DS-0001", "DS001")
      .build();

  private final BaseImages knowledge;

  public Hd011ImageLatest() {
    this(BaseImages.builtin());
  }

  Hd011ImageLatest(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    for (Stage stage : ctx.dockerfile().stages()) {
      Optional<BaseRef> base = BaseRef.of(stage).filter(this::hasVersionTags);
      if (base.isPresent() && !base.get().hasDigest()
          && base.get().tag().filter("latest"::equals).isPresent()) {
        out.report(base.get().at(ctx), base.get().describe()
            + " uses the latest tag: name the version you build on");
      }
    }
  }

  /** Repositories without version tags (distroless) can only be pinned by digest: HD001's job. */
  private boolean hasVersionTags(BaseRef base) {
    return base.reference().flatMap(knowledge::lookup).map(BaseImage::versionTags).orElse(true);
  }
}
