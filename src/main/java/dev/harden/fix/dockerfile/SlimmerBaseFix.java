package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.From;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Stage;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.lint.dockerfile.BaseImage;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import java.util.List;
import java.util.Optional;

/**
 * HD002 (hardening change 2): the final image's base becomes the slim variant of the same image,
 * distro family and version, from the knowledge base ({@code node:20} → {@code node:20-slim},
 * {@code python:3.12} → {@code python:3.12-slim}, {@code openjdk:17} → {@code
 * eclipse-temurin:17-jre}). Alpine variants are not offered (another libc and package manager
 * break RUN steps), nor distroless ones (no shell). A final stage that only copies a static Go or
 * Rust binary out of a build stage gets the knowledge base's runtime for static binaries
 * ({@code gcr.io/distroless/static-debian13}) instead, whatever its base. Always suggested: a
 * package the application used may be missing from the slim image.
 */
final class SlimmerBaseFix implements DockerfileFix {

  @Override
  public String ruleId() {
    return "HD002";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    Stage root = context.imageChain().get(0);
    From from = root.from();
    if (!(root.base() instanceof Base.Image image)) {
      return;
    }
    ImageReference ref = image.reference();
    Optional<BaseImage> known = context.knowledge().lookup(ref);
    if (known.isPresent() && known.get().kind() == Kind.MINIMAL) {
      return;
    }
    Optional<String> staticBinary = root == context.finalStage()
        ? StaticBinaries.onlyCopiesStaticBinary(context.dockerfile(), root) : Optional.empty();
    Optional<String> staticRuntime = context.knowledge().binaryRuntime("static")
        .map(ImageReference::familiar);
    if (staticBinary.isPresent() && staticRuntime.isPresent()) {
      String runtime = staticRuntime.get();
      replace(context, out, from, runtime, "use " + runtime + " for the "
          + staticBinary.get() + " binary instead of " + ref.familiar(), "the final stage only"
          + " copies a static " + staticBinary.get() + " binary, which needs no libc, shell or"
          + " package manager; distroless/static adds CA certificates and tzdata. Check that"
          + " the program reads no other file of the old base");
      return;
    }
    if (known.isEmpty() || known.get().lean()) {
      return;
    }
    if (known.get().isBuildImage()) {
      known.get().runtimeImage().ifPresent(runtime -> out.cannot(context.cannot(ruleId(), from,
          "run on " + runtime.familiar() + " instead of the build image " + ref.familiar(),
          "the stage uses the build image's compilers; build in an earlier stage and copy the"
              + " result onto " + runtime.familiar() + " (HD004's rewrite does this for the"
              + " builds it recognises)")));
      return;
    }
    ImageReference slim = known.get().variants().get(Variant.SLIM);
    if (slim == null) {
      if (!known.get().variants().isEmpty()) {
        String others = String.join(", ", known.get().variants().values().stream()
            .map(ImageReference::familiar).toList());
        out.cannot(context.cannot(ruleId(), from, "use a leaner variant of " + ref.familiar(),
            "no slim variant of the same distro; " + others + " exists, but it changes the"
                + " distro (Alpine) or drops the shell (distroless): switch by hand"));
      }
      return;
    }
    replace(context, out, from, slim.familiar(), "use " + slim.familiar() + " instead of "
        + ref.familiar(), "the slim variant runs the same version on the same distro without"
        + " compilers, headers and documentation; a package the application used may be"
        + " missing: install it in the Dockerfile");
  }

  private void replace(FixContext context, FixSink out, From from, String image,
      String description, String reason) {
    if (from.image().raw().contains("$")) {
      out.cannot(context.cannot(ruleId(), from, description,
          "the image is written with a variable; change it by hand"));
      return;
    }
    out.add(context.fix(ruleId(), FixSafety.SUGGESTED, from, description, reason,
        List.of(new TextEdit(from.image().span().startOffset(), from.image().span().endOffset(),
            image))));
  }
}
