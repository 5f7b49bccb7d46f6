package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Arg;
import dev.harden.dockerfile.ArgDeclaration;
import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.From;
import dev.harden.dockerfile.ImageReference;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Word;
import dev.harden.fix.FixProblem;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.pin.PinnedDigest;
import dev.harden.io.InputException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HD001 (hardening change 1): every {@code FROM image:tag} is pinned to the digest the tag points
 * to, written as {@code image:tag@sha256:…} so the tag stays readable. Digests come from the lock
 * file or the registry (see {@link dev.harden.fix.pin.DigestPins}); one that cannot be resolved is
 * a blocking problem and the rest of the file is still fixed.
 *
 * <p>{@code FROM ${BASE}} where a global {@code ARG BASE=image:tag} holds the whole reference is
 * pinned in the ARG's default: a {@code --build-arg BASE=…} override then replaces tag and digest
 * together. {@code FROM image:${VERSION}} is pinned in the FROM for the default's digest, but only
 * suggested: the digest wins over the tag, so a {@code --build-arg VERSION=…} override would
 * silently keep the default image.
 */
final class PinDigestFix implements DockerfileFix {

  private static final Pattern WHOLE_VARIABLE =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))");

  @Override
  public String ruleId() {
    return "HD001";
  }

  @Override
  public void propose(FixContext context, FixSink out) {
    for (Stage stage : context.dockerfile().stages()) {
      From from = stage.from();
      Base base = stage.base();
      if (base instanceof Base.Unresolved u) {
        if (!u.text().contains("@")) {
          out.cannot(context.cannot(ruleId(), from, "pin " + from.image().raw()
              + " to a digest", "the image is not known before the build: " + u.reason()));
        }
        continue;
      }
      if (!(base instanceof Base.Image image) || image.reference().digest().isPresent()) {
        continue;
      }
      ImageReference ref = image.reference();
      String shown = ref.familiar();
      PinnedDigest pinned;
      try {
        pinned = context.digests().resolve(dev.harden.image.ImageReference.parse(ref.toString()));
      } catch (InputException e) {
        out.cannot(new FixProblem(context.rule(ruleId()), context.at(from),
            "pin " + shown + " to a digest", e.describe(), true));
        continue;
      } catch (IllegalArgumentException e) {
        out.cannot(context.cannot(ruleId(), from, "pin " + shown + " to a digest",
            "not a reference a registry can resolve: " + e.getMessage()));
        continue;
      }
      String digest = pinned.digest().toString();
      String where = pinned.fromLock() ? "from " + pinned.source() : "resolved at "
          + pinned.source();
      String description = "pin " + shown + " to " + digest + " (" + where + ")";
      Word word = from.image();
      Optional<ArgDeclaration> arg = wholeArgument(context, word);
      if (WHOLE_VARIABLE.matcher(word.raw()).matches() && arg.isEmpty()) {
        out.cannot(context.cannot(ruleId(), from, description, "the global ARG that names the"
            + " image has a default in quotes or built from other variables; pin it by hand"));
      } else if (arg.isPresent()) {
        Word value = arg.get().defaultValue().orElseThrow();
        out.add(context.fix(ruleId(), FixSafety.SAFE, from, description + " in ARG "
            + arg.get().key(), "the ARG's default becomes " + shown + "@" + digest
            + ", what the tag points to now; a --build-arg override replaces tag and digest"
            + " together", List.of(append(context, value, digest))));
      } else if (word.raw().contains("$")) {
        out.add(context.fix(ruleId(), FixSafety.SUGGESTED, from, description,
            "the digest is that of the ARG defaults; the digest wins over the tag, so a"
                + " --build-arg that changes the tag would still build this image: update the"
                + " pin when you change the default, and do not override the ARG",
            List.of(append(context, word, digest))));
      } else if (!word.raw().contains("\"") && !word.raw().contains("'")) {
        out.add(context.fix(ruleId(), FixSafety.SAFE, from, description,
            "the tag points to this digest now; the build uses exactly this image until the"
                + " pin is changed",
            List.of(append(context, word, digest))));
      } else {
        out.cannot(context.cannot(ruleId(), from, description,
            "the image is written in quotes; pin it by hand"));
      }
    }
  }

  /**
   * The word with {@code @digest} added, as a replacement of the whole word: a fix that changes
   * the image (a leaner variant) then collides with the pin and goes first.
   */
  private static TextEdit append(FixContext context, Word word, String digest) {
    return new TextEdit(word.span().startOffset(), word.span().endOffset(),
        context.dockerfile().text(word.span()) + "@" + digest);
  }

  /** The global ARG whose default is the whole reference, for {@code FROM $BASE}. */
  private static Optional<ArgDeclaration> wholeArgument(FixContext context, Word word) {
    Matcher m = WHOLE_VARIABLE.matcher(word.raw());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    ArgDeclaration found = null;
    for (Arg arg : context.dockerfile().globalArgs()) {
      for (ArgDeclaration d : arg.declarations()) {
        if (d.key().equals(name)) {
          found = d;
        }
      }
    }
    if (found == null || found.defaultValue().isEmpty()) {
      return Optional.empty();
    }
    String raw = found.defaultValue().get().raw();
    if (raw.contains("$") || raw.contains("\"") || raw.contains("'") || raw.contains("@")) {
      return Optional.empty();
    }
    return Optional.of(found);
  }
}
