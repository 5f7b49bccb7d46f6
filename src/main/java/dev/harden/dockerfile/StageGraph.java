package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stage needs what: its base ({@code FROM}), the sources of {@code COPY --from} and of {@code
 * RUN --mount=from=}. A dependency on another stage is a {@link Base.StageRef}; on an image, a
 * {@link Base.Image}.
 */
public record StageGraph(List<Dependency> dependencies) {

  /** Stage {@code stage} needs {@code target} because of {@code via}. */
  public record Dependency(int stage, Instruction via, Base target) {}

  public StageGraph {
    dependencies = List.copyOf(dependencies);
  }

  /** The direct dependencies of a stage, in order. */
  public List<Dependency> of(int stage) {
    List<Dependency> found = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.stage() == stage) {
        found.add(d);
      }
    }
    return found;
  }

  /**
   * The indexes of the stages building {@code stage} needs: itself and all it depends on,
   * transitively.
   */
  public Set<Integer> required(int stage) {
    Set<Integer> seen = new TreeSet<>();
    List<Integer> todo = new ArrayList<>(List.of(stage));
    while (!todo.isEmpty()) {
      int s = todo.remove(todo.size() - 1);
      if (!seen.add(s)) {
        continue;
      }
      for (Dependency d : of(s)) {
        if (d.target() instanceof Base.StageRef ref) {
          todo.add(ref.index());
        }
      }
    }
    return seen;
  }
}
