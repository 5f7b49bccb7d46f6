package dev.harden.lint.image.rules;

import dev.harden.catalog.Pkg;
import dev.harden.lint.image.ImageSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which catalogued package owns a file, so messages can say what to remove. */
final class Owners {

  private static final List<String> MERGED = List.of("/bin/", "/sbin/", "/lib/", "/lib64/");

  private Owners() {}

  /**
   * The package whose file list holds this path. On merged-/usr systems a file is recorded under
   * either spelling ({@code /bin/bash} in bash's list, {@code /usr/bin/bash} in the tree), so both
   * are tried.
   */
  static Optional<Pkg> of(ImageSubject image, String path) {
    List<String> spellings = spellings(path);
    for (Pkg p : image.catalog().packages()) {
      List<String> owned = p.files();
      if (owned.isEmpty()) {
        continue;
      }
      for (String s : spellings) {
        if (Collections.binarySearch(owned, s) >= 0) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** The distinct names of the packages owning these paths, in first-seen order. */
  static List<String> names(ImageSubject image, List<String> paths) {
    Set<String> out = new LinkedHashSet<>();
    for (String path : paths) {
      of(image, path).ifPresent(p -> out.add(p.name()));
    }
    return new ArrayList<>(out);
  }

  /** {@code " (package dpkg)"}, {@code " (packages apt, dpkg)"}, or nothing when unowned. */
  static String suffix(ImageSubject image, List<String> paths) {
    List<String> names = names(image, paths);
    if (names.isEmpty()) {
      return "";
    }
    return (names.size() == 1 ? " (package " : " (packages ") + String.join(", ", names) + ")";
  }

  private static List<String> spellings(String path) {
    List<String> out = new ArrayList<>(List.of(path));
    for (String dir : MERGED) {
      if (path.startsWith("/usr" + dir)) {
        out.add(path.substring(4));
      } else if (path.startsWith(dir)) {
        out.add("/usr" + path);
      }
    }
    return out;
  }
}
