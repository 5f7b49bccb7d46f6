package dev.harden.image;

import java.util.ArrayList;
import java.util.List;

/** Derived facts about an {@link Image}, kept out of the interface (house rule 1). */
public final class Images {

  private Images() {}

  /**
   * One {@link LayerInfo} per layer, pairing layers with the config's history steps the way docker
   * does: steps marked {@code empty_layer} made no layer and are skipped. When the history is
   * shorter than the layer list (some builders write none) the build step is null.
   */
  public static List<LayerInfo> layerInfos(Image image) {
    List<Layer> layers = image.layers();
    List<ImageConfig.History> history = image.config().history();
    List<LayerInfo> out = new ArrayList<>(layers.size());
    int h = 0;
    for (int i = 0; i < layers.size(); i++) {
      int empty = 0;
      while (h < history.size() && history.get(h).emptyLayer()) {
        empty++;
        h++;
      }
      ImageConfig.History step = h < history.size() ? history.get(h++) : null;
      Layer l = layers.get(i);
      out.add(new LayerInfo(i, l.digest(), l.diffId(), l.size(), l.mediaType(),
          step == null ? null : step.createdBy(), step == null ? null : step.created(), empty));
    }
    return out;
  }
}
