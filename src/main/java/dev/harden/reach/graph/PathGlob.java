package dev.harden.reach.graph;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Expands an absolute glob ({@code /etc/ld.so.conf.d/*.conf}, {@code /app/lib/*}) against the
 * image, one path element at a time, the way a shell or the loader does: {@code *}, {@code ?} and
 * {@code {a,b}} match inside one element, hidden names only when the pattern element starts with a
 * dot. Directories along the way are followed through symlinks inside the image.
 */
public final class PathGlob {

  /** Expansions stop after this many paths (a hostile pattern or a huge directory). */
  static final int MAX_RESULTS = 10_000;

  private PathGlob() {}

  public static boolean hasWildcard(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('{') >= 0;
  }

  /** The existing paths matching {@code pattern}, sorted; the pattern itself when it has no wildcard and exists. */
  public static List<String> expand(ImageView view, String pattern) {
    String absolute = view.absolute(pattern);
    List<String> current = List.of("");
    for (String element : absolute.split("/")) {
      if (element.isEmpty()) {
        continue;
      }
      List<String> next = new ArrayList<>();
      for (String base : current) {
        String dir = base.isEmpty() ? "/" : base;
        if (!hasWildcard(element)) {
          next.add(base + "/" + element);
          continue;
        }
        Glob glob = Glob.compile("/" + element);
        TreeSet<String> names = new TreeSet<>();
        for (FileEntry e : view.list(dir)) {
          String name = e.name();
          if ((name.startsWith(".") && !element.startsWith(".")) || !glob.matches("/" + name)) {
            continue;
          }
          names.add(name);
        }
        for (String name : names) {
          if (next.size() >= MAX_RESULTS) {
            break;
          }
          next.add(base + "/" + name);
        }
      }
      current = next;
    }
    List<String> existing = new ArrayList<>();
    for (String p : current) {
      String path = p.isEmpty() ? "/" : p;
      if (view.files().resolve(path).isPresent()) {
        existing.add(path);
      }
    }
    return existing;
  }
}
