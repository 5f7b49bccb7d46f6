package dev.harden.image.fs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Symlink resolution inside an image root, with chroot semantics and a hop limit. */
public final class Symlinks {

  /** Linux's own limit on symlinks followed in one lookup. */
  public static final int MAX_HOPS = 40;

  private Symlinks() {}

  static Optional<FileEntry> resolve(FileResolver files, String path) {
    String real = realPath(files, path);
    return real == null ? Optional.empty() : files.lookup(real);
  }

  /**
   * The path with every symlink replaced by its target, normalised and clamped at the root; null
   * when the links loop or go on for more than {@link #MAX_HOPS}. Elements that do not exist are
   * kept as they are.
   */
  public static String realPath(FileResolver files, String path) {
    Deque<String> todo = new ArrayDeque<>();
    pushElements(todo, path);
    Deque<String> done = new ArrayDeque<>();
    int hops = 0;
    while (!todo.isEmpty()) {
      String element = todo.pop();
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!done.isEmpty()) {
          done.removeLast();
        }
        continue;
      }
      String candidate = join(done) + "/" + element;
      Optional<FileEntry> entry = files.lookup(candidate);
      if (entry.isPresent() && entry.get().type() == FileType.SYMLINK) {
        if (++hops > MAX_HOPS) {
          return null;
        }
        String target = entry.get().linkTarget();
        if (target == null || target.isEmpty()) {
          return null;
        }
        if (target.startsWith("/")) {
          done.clear();
        }
        pushElements(todo, target);
        continue;
      }
      done.addLast(element);
    }
    return join(done).isEmpty() ? "/" : join(done);
  }

  /** Normalises an absolute path lexically: collapses {@code //}, {@code .} and {@code ..} (clamped at root). */
  public static String normalize(String path) {
    Deque<String> out = new ArrayDeque<>();
    for (String element : path.split("/")) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!out.isEmpty()) {
          out.removeLast();
        }
        continue;
      }
      out.addLast(element);
    }
    return out.isEmpty() ? "/" : join(out);
  }

  private static void pushElements(Deque<String> todo, String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      todo.push(parts[i]);
    }
  }

  private static String join(Deque<String> elements) {
    StringBuilder sb = new StringBuilder();
    for (String e : elements) {
      sb.append('/').append(e);
    }
    return sb.toString();
  }
}
