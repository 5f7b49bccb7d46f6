package dev.harden.lint.image.rules;

import dev.harden.lint.FindingSink;
import dev.harden.lint.image.ImageSubject;
import dev.harden.lint.image.rules.ImageTree.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports programs found on the image's paths in groups (one finding per package manager or
 * tool), naming every path and the packages that own them: the message says what to remove.
 */
final class Programs {

  private Programs() {}

  /**
   * One finding per group: {@code <group>: <paths> (package …)} at the first path.
   *
   * @param group what a program belongs to, as the message starts (e.g. {@code package manager
   *     apt/dpkg}), or null to skip it
   */
  static void report(ImageSubject image, List<Program> found, Function<String, String> group,
      FindingSink out) {
    Map<String, List<Program>> groups = new LinkedHashMap<>();
    for (Program p : found) {
      String g = group.apply(p.name());
      if (g != null) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
      }
    }
    groups.forEach((g, programs) -> {
      List<String> paths = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (Program p : programs) {
        paths.add(p.describe());
        files.add(p.file().path());
      }
      out.report(image.at(programs.get(0).named()), g + ": "
          + String.join(", ", paths) + Owners.suffix(image, files));
    });
  }
}
