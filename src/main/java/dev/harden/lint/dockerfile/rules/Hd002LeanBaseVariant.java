package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.ImageReference;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.DockerfileContext;
import dev.harden.lint.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HD002: the final image is built on the full variant of an image that has a slim, alpine or
 * distroless variant of the same version, or on a build image (compilers included). Only the
 * base of the final image is judged; build stages may use whatever they need.
 */
public final class Hd002LeanBaseVariant implements DockerfileRule {

  static final RuleMeta META = RuleMeta.of("HD002", RuleKind.DOCKERFILE,
          "Use a slim, alpine or distroless variant of the base image")
      .severity(Severity.INFO)
      .rationale("Full variants carry compilers, headers and hundreds of packages the"
          + " application never loads; each is attack surface and shows up in every scan.")
      .hardening(2)
      .fixable()
      .build();

  private final BaseImages knowledge;

  public Hd002LeanBaseVariant() {
    this(BaseImages.builtin());
  }

  Hd002LeanBaseVariant(BaseImages knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DockerfileContext ctx, FindingSink out) {
    Optional<BaseRef> base = BaseRef.of(ctx.imageChain().get(0));
    Optional<ImageReference> ref = base.flatMap(BaseRef::reference);
    Optional<BaseImage> known = ref.flatMap(knowledge::lookup);
    if (known.isEmpty() || known.get().lean()) {
      return;
    }
    BaseImage image = known.get();
    String name = BaseRef.shortName(ref.get());
    if (image.isBuildImage() && image.runtimeImage().isPresent()) {
      out.report(base.get().at(ctx), name + " is a build image (compilers and build tools"
          + " included): build in an earlier stage and run the result on "
          + image.runtimeImage().get().familiar());
      return;
    }
    if (image.variants().isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    image.variants().values().forEach(v -> names.add(v.familiar()));
    String choices = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or "
            + names.get(names.size() - 1);
    out.report(base.get().at(ctx), name + " is the full variant: " + choices
        + " runs the same version with far fewer packages");
  }
}
