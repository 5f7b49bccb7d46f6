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

/**
 * HD010: a FROM names an image without a tag (and without a digest), so it means {@code latest}.
 * Variables are followed as far as the file allows: {@code ${REGISTRY}/ubuntu} has no tag
 * whatever REGISTRY is, {@code foo:${TAG}} has one.
 */
public final class Hd010ImageTag implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD010", RuleKind.DOCKERFILE,
          "Give the base image a tag")
      .severity(Severity.WARNING)
      .rationale("Without a tag Docker pulls latest: whatever was pushed last, which changes"
          + " under the build without notice.")
      .aliases("DL3006", "DS-0001", "DS001")
      .build();

  private final BaseImages knowledge;

  public Hd010ImageTag() {
    this(BaseImages.builtin());
  }

  Hd010ImageTag(BaseImages knowledge) {
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
      if (base.isPresent() && !base.get().hasTag() && !base.get().hasDigest()) {
        out.report(base.get().at(ctx), base.get().describe()
            + " has no tag, so it means latest: name a version, e.g. "
            + base.get().text() + ":<version>");
      }
    }
  }

  /** Repositories without version tags (distroless) can only be pinned by digest: HD001's job. */
  private boolean hasVersionTags(BaseRef base) {
    return base.reference().flatMap(knowledge::lookup).map(BaseImage::versionTags).orElse(true);
  }
}
