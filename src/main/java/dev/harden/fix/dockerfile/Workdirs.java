package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.dockerfile.Workdir;
import java.util.Optional;

/** The working directory at a point of a stage, as its WORKDIR instructions set it. */
final class Workdirs {

  private Workdirs() {}

  /**
   * The directory {@code at} runs in: empty when the stage sets none before it (the base image's
   * WORKDIR is not known here) or a WORKDIR uses a variable that is not known.
   */
  static Optional<String> before(Stage stage, Instruction at) {
    String cwd = null;
    for (Instruction i : stage.instructions()) {
      if (i == at) {
        break;
      }
      if (i instanceof Workdir w) {
        Expansion e = stage.scopeAt(w).expand(w.path());
        if (!e.isComplete()) {
          return Optional.empty();
        }
        String p = e.value();
        if (p.startsWith("/")) {
          cwd = p;
        } else if (cwd == null) {
          return Optional.empty();
        } else {
          cwd = cwd + "/" + p;
        }
      }
    }
    return Optional.ofNullable(cwd).map(Workdirs::normalize);
  }

  /** The directory at the end of the stage. */
  static Optional<String> atEnd(Stage stage) {
    return before(stage, null);
  }

  /** {@code path} made absolute against {@code cwd} and normalised; empty when it cannot be. */
  static Optional<String> resolve(Optional<String> cwd, String path) {
    if (path.startsWith("/")) {
      return Optional.of(normalize(path));
    }
    return cwd.map(c -> normalize(c + "/" + path));
  }

  static String normalize(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return "/" + String.join("/", parts);
  }
}
