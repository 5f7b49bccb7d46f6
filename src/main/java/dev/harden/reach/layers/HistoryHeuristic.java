package dev.harden.reach.layers;

import dev.harden.image.ImageConfig;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the base image boundary from the image history when nothing better is known:
 *
 * <ol>
 *   <li>buildah and podman write {@code FROM <reference>} in the comment of the first step of each
 *       build; the last such step whose reference names an image (not a bare image id, which
 *       marks the steps of one build) starts the final build, so the layers before it are the
 *       base's;
 *   <li>otherwise, the last {@code CMD} or {@code ENTRYPOINT} step that is followed by a step
 *       creating a layer: base images end by setting their command (debian {@code CMD ["bash"]},
 *       node {@code CMD ["node"]}), and an application build rarely sets one before its last
 *       layer;
 *   <li>otherwise no boundary: every layer is the application's ({@code FROM scratch}).
 * </ol>
 *
 * A history whose layer-creating steps do not match the layers gives no boundary.
 */
final class HistoryHeuristic {

  private static final Pattern IMAGE_ID = Pattern.compile("(sha256:)?[0-9a-f]{12,64}");

  private HistoryHeuristic() {}

  static BaseAttribution guess(List<ImageConfig.History> history, int layerCount,
      List<String> notes) {
    if (history.isEmpty()) {
      return none("the image has no history", notes);
    }
    long layered = history.stream().filter(h -> !h.emptyLayer()).count();
    if (layered != layerCount) {
      return none("the history lists " + layered + " layer-creating steps for " + layerCount
          + " layers, so steps cannot be matched to layers", notes);
    }
    Optional<BaseAttribution> fromComment = buildahFrom(history, notes);
    if (fromComment.isPresent()) {
      return fromComment.get();
    }
    int layersBefore = 0;
    int boundary = -1;
    for (ImageConfig.History h : history) {
      if (isCommandStep(h.createdBy()) && layersBefore < layerCount) {
        boundary = layersBefore;
      }
      if (!h.emptyLayer()) {
        layersBefore++;
      }
    }
    // a CMD/ENTRYPOINT counts only when a layer-creating step follows it
    if (boundary > 0 && boundary < layerCount) {
      return new BaseAttribution(BaseAttribution.Basis.GUESSED, boundary, null,
          "the last CMD or ENTRYPOINT step followed by a new layer ends the base image (after "
              + boundary + " layer" + (boundary == 1 ? "" : "s") + ")", notes);
    }
    return none("no base image boundary in the history (FROM scratch?)", notes);
  }

  /**
   * The boundary the annotations name, found without a registry: the last history step whose
   * comment is {@code FROM <name>} (buildah writes both), so the layers before it are the base's.
   */
  static Optional<BaseAttribution> fromStep(List<ImageConfig.History> history, int layerCount,
      String name, List<String> notes) {
    if (history.stream().filter(h -> !h.emptyLayer()).count() != layerCount) {
      return Optional.empty();
    }
    int layersBefore = 0;
    int boundary = -1;
    for (ImageConfig.History h : history) {
      String comment = h.comment() == null ? "" : h.comment().strip();
      if (comment.equals("FROM " + name)) {
        boundary = layersBefore;
      }
      if (!h.emptyLayer()) {
        layersBefore++;
      }
    }
    if (boundary < 0) {
      return Optional.empty();
    }
    return Optional.of(new BaseAttribution(BaseAttribution.Basis.ANNOTATION, boundary, name,
        "the base image " + name + " the annotations name ends where the history's step"
            + " \"FROM " + name + "\" begins", notes));
  }

  private static Optional<BaseAttribution> buildahFrom(List<ImageConfig.History> history,
      List<String> notes) {
    int layersBefore = 0;
    int boundary = -1;
    String name = null;
    for (ImageConfig.History h : history) {
      String comment = h.comment() == null ? "" : h.comment().strip();
      if (comment.startsWith("FROM ")) {
        String ref = comment.substring(5).strip();
        if (!ref.isEmpty() && !IMAGE_ID.matcher(ref).matches()) {
          boundary = layersBefore;
          name = ref;
        }
      }
      if (!h.emptyLayer()) {
        layersBefore++;
      }
    }
    if (boundary < 0) {
      return Optional.empty();
    }
    return Optional.of(new BaseAttribution(BaseAttribution.Basis.GUESSED, boundary, name,
        "the history's last \"FROM " + name + "\" step (buildah) starts the final build",
        notes));
  }

  private static boolean isCommandStep(String createdBy) {
    if (createdBy == null) {
      return false;
    }
    String s = createdBy.strip();
    return s.contains("#(nop) CMD") || s.contains("#(nop)  CMD") || s.contains("#(nop) ENTRYPOINT")
        || s.contains("#(nop)  ENTRYPOINT") || s.startsWith("CMD ") || s.startsWith("ENTRYPOINT ");
  }

  private static BaseAttribution none(String detail, List<String> notes) {
    return new BaseAttribution(BaseAttribution.Basis.GUESSED, 0, null, detail, notes);
  }
}
