package dev.harden.reach.layers;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.image.Image;
import dev.harden.image.ImageConfig;
import dev.harden.image.ImageOptions;
import dev.harden.image.source.ImageSources;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which bottom layers came with the base image, from the first source that applies:
 * {@code --base IMAGE}, the OCI base annotations (manifest annotations, then config labels), the
 * {@code FROM} of a {@code --dockerfile}'s final stage, then {@link HistoryHeuristic the history}.
 * An explicit or resolved base counts only when its diff ids are a prefix of the image's; when not
 * (the tag moved since the build) the next source is tried and a note says why.
 */
public final class BaseResolver {

  static final String BASE_DIGEST = "org.opencontainers.image.base.digest";
  static final String BASE_NAME = "org.opencontainers.image.base.name";

  /** Opens a base image; the command line's {@code ImageSources.open}, replaceable in tests. */
  @FunctionalInterface
  public interface Opener {
    Image open(String target) throws InputException;
  }

  private final Opener opener;

  public BaseResolver(ImageOptions options) {
    this(target -> ImageSources.open(target, options));
  }

  public BaseResolver(Opener opener) {
    this.opener = opener;
  }

  /**
   * @param image the scanned image, or empty for a root filesystem directory
   * @throws InputException when {@code --base} or {@code --dockerfile} cannot be read (the user
   *     named them: a clear error, exit 2)
   */
  public BaseAttribution resolve(Optional<Image> image, BaseSource source)
      throws InputException {
    if (image.isEmpty()) {
      return new BaseAttribution(BaseAttribution.Basis.NONE, 0, null,
          "a root filesystem directory has no layers", List.of());
    }
    ImageConfig config = image.get().config();
    List<Digest> ours = config.diffIds();
    List<String> notes = new ArrayList<>();
    if (source.baseImage().isPresent()) {
      String target = source.baseImage().get();
      Optional<BaseAttribution> a = prefix(open(target, "--base"), ours,
          BaseAttribution.Basis.FLAG, target, notes);
      if (a.isPresent()) {
        return a.get();
      }
    }
    Optional<BaseAttribution> annotated = fromAnnotations(image.get(), ours, notes);
    if (annotated.isPresent()) {
      return annotated.get();
    }
    if (source.dockerfile().isPresent()) {
      Optional<BaseAttribution> fromFile = fromDockerfile(source.dockerfile().get(), ours, notes);
      if (fromFile.isPresent()) {
        return fromFile.get();
      }
    }
    return HistoryHeuristic.guess(config.history(), ours.size(), notes);
  }

  private Image open(String target, String what) throws InputException {
    try {
      return opener.open(target);
    } catch (InputException e) {
      throw new InputException(e.source(), e.line(), what + " " + target + ": "
          + e.getMessage(), e);
    }
  }

  private static Optional<BaseAttribution> prefix(Image base, List<Digest> ours,
      BaseAttribution.Basis basis, String name, List<String> notes) {
    List<Digest> theirs = base.config().diffIds();
    try {
      base.close();
    } catch (IOException e) {
      // only releases temporary space; the diff ids are read
    }
    if (theirs.size() <= ours.size() && ours.subList(0, theirs.size()).equals(theirs)) {
      return Optional.of(new BaseAttribution(basis, theirs.size(), name, "the " + theirs.size()
          + " layer" + (theirs.size() == 1 ? "" : "s") + " of " + name
          + " are the bottom of this image", notes));
    }
    notes.add(basis.id() + ": the layers of " + name
        + " are not a prefix of this image's layers (rebuilt or retagged since?)");
    return Optional.empty();
  }

  private Optional<BaseAttribution> fromAnnotations(Image image, List<Digest> ours,
      List<String> notes) {
    Map<String, String> annotations = image.manifest().annotations();
    Map<String, String> labels = image.config().config() == null ? Map.of()
        : image.config().config().labels();
    String digest = blankToNull(annotations.getOrDefault(BASE_DIGEST, labels.get(BASE_DIGEST)));
    String name = blankToNull(annotations.getOrDefault(BASE_NAME, labels.get(BASE_NAME)));
    if (digest == null && name == null) {
      return Optional.empty();
    }
    if (name != null) {
      Optional<BaseAttribution> inHistory = HistoryHeuristic.fromStep(
          image.config().history(), ours.size(), name, notes);
      if (inHistory.isPresent()) {
        return inHistory;
      }
    }
    String target = name == null ? null : name;
    if (digest != null && name != null) {
      String repo = stripTagAndDigest(name);
      target = repo + "@" + digest;
    }
    if (target == null) {
      notes.add("annotation: " + BASE_DIGEST + " without " + BASE_NAME
          + " does not say where the base image is");
      return Optional.empty();
    }
    try {
      String open = Files.exists(Path.of(target)) ? target : "docker://" + target;
      return prefix(opener.open(open), ours, BaseAttribution.Basis.ANNOTATION, target, notes);
    } catch (InputException e) {
      notes.add("annotation: the base image " + target + " could not be read: "
          + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<BaseAttribution> fromDockerfile(Path file, List<Digest> ours,
      List<String> notes) throws InputException {
    Dockerfile dockerfile = DockerfileParser.parse(file);
    Base base = dockerfile.rootBase(dockerfile.lastStage());
    if (base instanceof Base.Scratch) {
      return Optional.of(new BaseAttribution(BaseAttribution.Basis.DOCKERFILE, 0, "scratch",
          "the final stage of " + file + " starts FROM scratch", notes));
    }
    String target;
    Path dir = file.toAbsolutePath().getParent();
    if (base instanceof Base.Image img) {
      target = img.reference().toString();
    } else if (base instanceof Base.Unresolved u && Files.exists(dir.resolve(u.text()))) {
      target = dir.resolve(u.text()).toString();
    } else {
      notes.add("dockerfile: the final stage's FROM of " + file + " cannot be resolved ("
          + (base instanceof Base.Unresolved u ? u.reason() : base) + ")");
      return Optional.empty();
    }
    if (Files.exists(Path.of(target))) {
      return prefix(open(target, "--dockerfile FROM"), ours, BaseAttribution.Basis.DOCKERFILE,
          target, notes);
    }
    try {
      return prefix(opener.open("docker://" + target), ours, BaseAttribution.Basis.DOCKERFILE,
          target, notes);
    } catch (InputException e) {
      notes.add("dockerfile: FROM " + target + " could not be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code docker.io/library/alpine:3.19} → {@code docker.io/library/alpine}. */
  static String stripTagAndDigest(String ref) {
    String r = ref;
    int at = r.indexOf('@');
    if (at >= 0) {
      r = r.substring(0, at);
    }
    int slash = r.lastIndexOf('/');
    int colon = r.lastIndexOf(':');
    if (colon > slash) {
      r = r.substring(0, colon);
    }
    return r;
  }
}
