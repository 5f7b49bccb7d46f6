package dev.harden.lint.image.rules;

import dev.harden.image.BaseImage;
import dev.harden.lint.FindingSink;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;
import dev.harden.lint.image.ImageRule;
import dev.harden.lint.image.ImageSubject;
import java.util.Optional;

/**
 * Hardening change ①, as far as an image can show it: the OCI annotations
 * {@code org.opencontainers.image.base.name} and {@code org.opencontainers.image.base.digest}
 * record which base the image was built on, by digest (buildah and podman write them, Docker's
 * official images carry them; BuildKit does not, {@code docker buildx build --annotation} can).
 * When a digest is recorded nothing is reported; {@code harden inspect} shows the base. Config
 * labels of the same names count too.
 */
public final class Img011BaseImageNotRecorded implements ImageRule {

  public static final RuleMeta META =
      RuleMeta.of("IMG011", RuleKind.IMAGE, "Record the base image by digest")
          .severity(Severity.INFO)
          .rationale(
              "Without the base image's digest nobody can tell which base an image was built on,"
                  + " rebuild it reproducibly, or know it needs a rebuild when the base is patched.")
          .hardening(1)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject image, FindingSink out) {
    if (image.config().isEmpty()) {
      return; // a root filesystem directory carries no annotations
    }
    Optional<BaseImage> base = BaseImage.of(image.annotations());
    if (base.isEmpty()) {
      out.report(image.image(), "the image does not record its base image: no " + BaseImage.NAME
          + " or " + BaseImage.DIGEST + " annotation");
    } else if (!base.get().pinned()) {
      out.report(image.image(), "base image " + base.get().name() + " is recorded without a"
          + " digest (no " + BaseImage.DIGEST + " annotation): pin FROM by digest");
    }
  }
}
