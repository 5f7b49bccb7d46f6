package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Stage;
import dev.harden.lint.Location;
import dev.harden.lint.dockerfile.DockerfileContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stage's base image as far as the Dockerfile tells: the reference when it resolves, or the text
 * with unresolved variables left as written ({@code ${REGISTRY}/ubuntu}, {@code foo:${TAG}}), which
 * still shows whether a tag or digest is there. Scratch, stage references, a FROM that is nothing
 * but a variable, and a FROM that is blank are not image references.
 *
 * @param stage the stage
 * @param text the reference after substitution, as written
 * @param reference the parsed reference when every variable was known
 * @param viaVariable whether the FROM line used variables ({@code FROM ${BASE}})
 */
record BaseRef(Stage stage, String text, Optional<ImageReference> reference, boolean viaVariable) {

  private static final Pattern ONLY_VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?");

  static Optional<BaseRef> of(Stage stage) {
    boolean viaVariable = stage.from().image().raw().contains("$");
    Base base = stage.base();
    if (base instanceof Base.Image image) {
      return Optional.of(new BaseRef(stage, image.reference().familiar(),
          Optional.of(image.reference()), viaVariable));
    }
    if (base instanceof Base.Unresolved u && u.reason().startsWith("depends on")
        && !ONLY_VARIABLE.matcher(u.text().trim()).matches()) {
      return Optional.of(new BaseRef(stage, u.text().trim(), Optional.empty(), true));
    }
    return Optional.empty();
  }

  /** The last path component ({@code node:20} of {@code ghcr.io/x/node:20}). */
  private String lastComponent() {
    String t = text;
    int at = t.indexOf('@');
    String name = at >= 0 ? t.substring(0, at) : t;
    return name.substring(name.lastIndexOf('/') + 1);
  }

  boolean hasDigest() {
    return reference.map(r -> r.digest().isPresent()).orElse(text.contains("@"));
  }

  /** A tag is written (it may be a variable). */
  boolean hasTag() {
    return reference.map(r -> r.tag().isPresent()).orElse(lastComponent().contains(":"));
  }

  /** The tag when it is known. */
  Optional<String> tag() {
    if (reference.isPresent()) {
      return reference.get().tag();
    }
    String last = lastComponent();
    int colon = last.indexOf(':');
    String tag = colon < 0 ? "" : last.substring(colon + 1);
    return tag.isEmpty() || tag.contains("$") ? Optional.empty() : Optional.of(tag);
  }

  /** Where the image word of the FROM line is. */
  Location at(DockerfileContext ctx) {
    return ctx.at(stage.from(), stage.from().image().span());
  }

  /** A reference as people write it, without its digest ({@code python:3.14-alpine}). */
  static String shortName(ImageReference r) {
    return r.familiarName() + r.tag().map(t -> ":" + t).orElse("");
  }

  /** How to name the image in a message: {@code node:20}, plus the FROM text when it used ARGs. */
  String describe() {
    String raw = stage.from().image().raw();
    return viaVariable && reference.isPresent() ? text + " (FROM " + raw + ")" : text;
  }
}
