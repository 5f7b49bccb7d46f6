package dev.harden.pipeline;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Copy;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Run;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Workdir;
import dev.harden.image.LayerInfo;
import dev.harden.report.LayerSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which Dockerfile instruction made each layer of an image built from it. The final stage's
 * layer-making instructions ({@code RUN}, {@code COPY}, {@code ADD}, and {@code WORKDIR} when
 * BuildKit made a layer for it) are paired with the image's last layers, from the top down, as
 * long as each layer's history {@code created_by} names the same kind of step (the legacy
 * builder's and buildah's {@code /bin/sh -c #(nop) COPY ...} and {@code /bin/sh -c cmd}, BuildKit's
 * {@code COPY ... # buildkit} and {@code RUN /bin/sh -c cmd}). The first layer that does not pair
 * and every layer below it came with the base image: they point at the stage's {@code FROM}.
 * A Dockerfile that did not build the image pairs nothing, and every layer points at the FROM.
 */
final class DockerfileLayers {

  private DockerfileLayers() {}

  static Map<Integer, LayerSource> map(Dockerfile df, Stage stage, List<LayerInfo> layers) {
    List<Instruction> steps = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      if (i instanceof Run || i instanceof Copy || i instanceof Add || i instanceof Workdir) {
        steps.add(i);
      }
    }
    Map<Integer, LayerSource> out = new HashMap<>();
    int step = steps.size() - 1;
    int layer = layers.size() - 1;
    while (layer >= 0 && step >= 0) {
      String kind = kind(layers.get(layer).createdBy());
      Instruction i = steps.get(step);
      String keyword = keyword(i);
      if (keyword.equals(kind)) {
        out.put(layers.get(layer).index(), new LayerSource(df.path(), i.line(), keyword, false));
        layer--;
        step--;
      } else if (i instanceof Workdir) {
        step--;  // a WORKDIR that made no layer
      } else {
        break;
      }
    }
    for (; layer >= 0; layer--) {
      out.put(layers.get(layer).index(),
          new LayerSource(df.path(), stage.from().line(), "FROM", true));
    }
    return out;
  }

  private static String keyword(Instruction i) {
    if (i instanceof Run) {
      return "RUN";
    }
    if (i instanceof Copy) {
      return "COPY";
    }
    if (i instanceof Add) {
      return "ADD";
    }
    return "WORKDIR";
  }

  /** The kind of build step a history {@code created_by} describes, or "" when it cannot tell. */
  static String kind(String createdBy) {
    if (createdBy == null) {
      return "";
    }
    String s = createdBy.strip();
    int nop = s.indexOf("#(nop)");
    if (nop >= 0) {
      String rest = s.substring(nop + 6).strip();
      int space = rest.indexOf(' ');
      return (space < 0 ? rest : rest.substring(0, space)).toUpperCase(Locale.ROOT);
    }
    // the legacy builder writes build args before the shell: "|2 A=1 B=2 /bin/sh -c ..."
    if (s.startsWith("/bin/sh -c ") || s.matches("^\\|\\d+ .*?/bin/sh -c .*")) {
      return "RUN";
    }
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    return switch (first) {
      case "RUN", "COPY", "ADD", "WORKDIR" -> first;
      default -> "";
    };
  }
}
