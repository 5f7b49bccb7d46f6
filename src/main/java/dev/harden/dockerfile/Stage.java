package dev.harden.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A build stage: its {@code FROM}, the instructions up to the next {@code FROM} (the {@code FROM}
 * itself not included), its name (lower-cased as BuildKit does), what it builds on, and the {@link
 * Scope} in effect before each instruction.
 */
public record Stage(
    int index,
    Optional<String> name,
    From from,
    List<Instruction> instructions,
    Base base,
    List<Scope> scopes) {

  public Stage {
    instructions = List.copyOf(instructions);
    scopes = List.copyOf(scopes);
    if (scopes.size() != instructions.size() + 1) {
      throw new IllegalArgumentException("one scope before each instruction plus the final one");
    }
  }

  /** The name, or the index for an unnamed stage (how {@code COPY --from} can refer to it). */
  public String label() {
    return name.orElse(String.valueOf(index));
  }

  /**
   * What is in effect just before {@code instruction} (which must belong to this stage). For the
   * stage's own {@code FROM} this is the scope the stage starts with; the {@code FROM} line itself
   * is expanded with {@link Dockerfile#globalScope()}.
   */
  public Scope scopeAt(Instruction instruction) {
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i) == instruction) {
        return scopes.get(i);
      }
    }
    if (instruction == from) {
      return scopes.get(0);
    }
    throw new IllegalArgumentException(
        "instruction on line " + instruction.line() + " is not in stage " + label());
  }

  /** What is in effect at the end of the stage. */
  public Scope finalScope() {
    return scopes.get(scopes.size() - 1);
  }

  public boolean isScratch() {
    return base instanceof Base.Scratch;
  }

  /** The index of the stage this one builds on, when it builds on a stage. */
  public Optional<Integer> baseStage() {
    return base instanceof Base.StageRef ref ? Optional.of(ref.index()) : Optional.empty();
  }

  /** The instructions of one kind, in order. */
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Instruction i : instructions) {
      if (type.isInstance(i)) {
        found.add(type.cast(i));
      }
    }
    return found;
  }

  public boolean contains(Instruction instruction) {
    if (instruction == from) {
      return true;
    }
    for (Instruction i : instructions) {
      if (i == instruction) {
        return true;
      }
    }
    return false;
  }
}
