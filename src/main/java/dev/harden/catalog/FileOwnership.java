package dev.harden.catalog;

import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.Symlinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which packages own a file: the index reachability uses to turn "the entrypoint loads
 * /usr/lib/x86_64-linux-gnu/libc.so.6" into "libc6". Package databases record paths as installed
 * ({@code /lib/x86_64-linux-gnu/libc.so.6}, {@code /bin/bash}), and merged-/usr images reach them
 * through symlinked directories, so every owned path is indexed both as written and as its real
 * path inside the tree.
 */
public final class FileOwnership {

  private final Map<String, List<Pkg>> owners;

  private FileOwnership(Map<String, List<Pkg>> owners) {
    this.owners = owners;
  }

  public static FileOwnership index(CatalogResult result, FileResolver files) {
    Map<String, List<Pkg>> owners = new HashMap<>();
    Map<String, String> realDirs = new HashMap<>();
    for (Pkg p : result.packages()) {
      for (String path : p.files()) {
        add(owners, path, p);
        String real = realPath(files, path, realDirs);
        if (real != null && !real.equals(path)) {
          add(owners, real, p);
        }
      }
    }
    return new FileOwnership(owners);
  }

  /** The packages owning this path (as written or as real path), in the result's order. */
  public List<Pkg> ownersOf(String path) {
    List<Pkg> direct = owners.get(Symlinks.normalize(path));
    return direct == null ? List.of() : List.copyOf(direct);
  }

  private static void add(Map<String, List<Pkg>> owners, String path, Pkg p) {
    List<Pkg> list = owners.computeIfAbsent(path, k -> new ArrayList<>(1));
    if (!list.contains(p)) {
      list.add(p);
    }
  }

  /** The real path, resolving the parent directory once per directory (files share parents). */
  private static String realPath(FileResolver files, String path, Map<String, String> realDirs) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return path;
    }
    String dir = path.substring(0, slash);
    String realDir = realDirs.computeIfAbsent(dir, d -> {
      String r = Symlinks.realPath(files, d);
      return r == null ? "" : r;
    });
    if (realDir.isEmpty()) {
      return null;
    }
    return (realDir.equals("/") ? "" : realDir) + path.substring(slash);
  }
}
