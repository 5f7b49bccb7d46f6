package dev.harden.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a hostile input could make the tool write on the host, before and after a case: the temp
 * directory (top level: the tool's private directories must be gone again), the working directory
 * (build output and VCS data aside), the input's own directory, and any file named with {@link
 * HostileInputs#MARKER} under the temp directory, /tmp, the working directory or $HOME.
 */
record HostFiles(TreeMap<String, String> entries) {

  private static final Set<String> SKIPPED_IN_WORKDIR = Set.of("target", ".git", ".cifuzz-corpus");
  private static final Set<String> SKIPPED_IN_HOME = Set.of(".m2", ".npm", ".cache", ".cargo",
      ".rustup", ".pyenv", ".local", "go");

  static HostFiles snapshot(Path inputDir) throws IOException {
    TreeMap<String, String> map = new TreeMap<>();
    Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> top = Files.list(tmpdir)) {
      top.forEach(p -> map.put("tmpdir:" + p.getFileName(), describe(p)));
    }
    walk(Path.of("").toAbsolutePath(), Integer.MAX_VALUE, SKIPPED_IN_WORKDIR, "workdir:", map);
    walk(inputDir, Integer.MAX_VALUE, Set.of(), "input:", map);
    for (Path root : List.of(tmpdir, Path.of("/tmp"), Path.of(System.getProperty("user.home")))) {
      marked(root, map);
    }
    return new HostFiles(map);
  }

  /** Entries added, removed or changed since {@code before}. */
  List<String> changesSince(HostFiles before) {
    List<String> changes = new ArrayList<>();
    for (var e : entries.entrySet()) {
      String was = before.entries.get(e.getKey());
      if (was == null) {
        changes.add("created " + e.getKey());
      } else if (!was.equals(e.getValue())) {
        changes.add("changed " + e.getKey());
      }
    }
    before.entries.keySet().stream().filter(k -> !entries.containsKey(k))
        .forEach(k -> changes.add("removed " + k));
    return changes;
  }

  private static void walk(Path root, int depth, Set<String> skipped, String prefix,
      TreeMap<String, String> map) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root, depth)) {
      s.filter(p -> root.relativize(p).getNameCount() == 0
              || !skipped.contains(root.relativize(p).getName(0).toString()))
          .forEach(p -> map.put(prefix + root.relativize(p), describe(p)));
    } catch (UncheckedIOException e) {
      // a file of another process vanished while walking; not ours
    }
  }

  /** Files named with the marker, wherever a hostile name could have put them. */
  private static void marked(Path root, TreeMap<String, String> map) {
    try (Stream<Path> s = Files.find(root, 5, (p, a) -> p.getFileName() != null
        && p.getFileName().toString().contains(HostileInputs.MARKER)
        && !SKIPPED_IN_HOME.contains(root.relativize(p).getName(0).toString()))) {
      s.forEach(p -> map.put("marker:" + p, "found"));
    } catch (IOException | UncheckedIOException e) {
      // unreadable corners of /tmp belong to other users and processes
    }
  }

  private static String describe(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
      return a.isDirectory() ? "dir" : a.size() + "@" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "gone";
    }
  }
}
