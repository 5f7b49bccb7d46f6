package dev.harden.reach.elf;

import dev.harden.reach.graph.ImageView;
import dev.harden.reach.graph.PathGlob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The directories glibc's {@code ldconfig} puts in the loader cache, read from the image's
 * {@code /etc/ld.so.conf}: one directory per line (or several separated by blanks, commas or
 * colons), {@code #} comments, {@code include GLOB} lines (relative patterns are relative to the
 * including file's directory), {@code hwcap} lines ignored. Includes nest at most 8 deep and a
 * file is read once.
 */
final class LdSoConf {

  static final String PATH = "/etc/ld.so.conf";
  private static final int MAX_DEPTH = 8;

  private LdSoConf() {}

  static List<String> directories(ImageView view) {
    List<String> dirs = new ArrayList<>();
    read(view, PATH, 0, new HashSet<>(), dirs);
    return dirs;
  }

  private static void read(ImageView view, String file, int depth, Set<String> seen,
      List<String> dirs) {
    String real = view.realPath(file);
    if (depth > MAX_DEPTH || real == null || !seen.add(real)) {
      return;
    }
    String text = view.textAt(file).orElse(null);
    if (text == null) {
      return;
    }
    String base = file.substring(0, Math.max(file.lastIndexOf('/'), 0));
    for (String raw : text.split("\n")) {
      String line = raw;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("include") && line.length() > 7
          && Character.isWhitespace(line.charAt(7))) {
        for (String pattern : line.substring(8).trim().split("\\s+")) {
          String absolute = pattern.startsWith("/") ? pattern : base + "/" + pattern;
          for (String included : PathGlob.expand(view, absolute)) {
            read(view, included, depth + 1, seen, dirs);
          }
        }
        continue;
      }
      if (line.startsWith("hwcap") && line.length() > 5
          && Character.isWhitespace(line.charAt(5))) {
        continue;
      }
      for (String dir : line.split("[\\s,:]+")) {
        int eq = dir.indexOf('=');
        String d = eq >= 0 ? dir.substring(0, eq) : dir;
        if (d.startsWith("/") && !dirs.contains(d)) {
          dirs.add(d);
        }
      }
    }
  }
}
