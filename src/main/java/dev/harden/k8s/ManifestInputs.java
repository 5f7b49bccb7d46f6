package dev.harden.k8s;

import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line targets into loaded manifest files: a file, a directory (searched for
 * {@code *.yaml} and {@code *.yml}, hidden directories skipped, in name order) or {@code -} for
 * standard input, so {@code helm template ... | harden lint -} works. JSON files are read when
 * named, not picked up from directories, where they are mostly not manifests.
 */
public final class ManifestInputs {

  /** The name standard input goes by. */
  public static final String STDIN = "-";

  private final ManifestLoader loader;

  public ManifestInputs(ManifestLoader loader) {
    this.loader = loader;
  }

  /** Loads every target, in order. {@code stdin} is read only for a {@code -} target. */
  public List<ManifestFile> load(List<String> targets, InputStream stdin) throws InputException {
    List<ManifestFile> files = new ArrayList<>();
    for (String target : targets) {
      if (target.equals(STDIN)) {
        files.add(loader.load(STDIN, stdin));
        continue;
      }
      Path path = Path.of(target);
      if (Files.isDirectory(path)) {
        for (Path file : discover(path)) {
          files.add(loader.load(file));
        }
      } else if (Files.exists(path)) {
        files.add(loader.load(path));
      } else {
        throw new InputException(target, "no such file or directory");
      }
    }
    return files;
  }

  /** The YAML files under a directory, sorted by path. */
  public static List<Path> discover(Path dir) throws InputException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir, p))
          .filter(ManifestInputs::isYamlName)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(dir.toString(), "cannot list directory: " + e.getMessage());
    }
  }

  /** True for {@code *.yaml} and {@code *.yml}. */
  public static boolean isYamlName(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when text looks like a Kubernetes manifest rather than a Dockerfile: JSON, or YAML with
   * an {@code apiVersion:} or {@code kind:} key at the start of a line. For sorting out standard
   * input.
   */
  public static boolean looksLikeManifest(String text) {
    String t = text.stripLeading();
    if (t.startsWith("{") || t.startsWith("[")) {
      return true;
    }
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.startsWith("apiVersion:") || line.startsWith("kind:")) {
        return true;
      }
    }
    return false;
  }
}
