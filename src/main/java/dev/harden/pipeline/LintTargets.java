package dev.harden.pipeline;

import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands the command line's targets into inputs. A directory is searched (without following
 * symlinks, skipping hidden directories, {@code node_modules} and {@code target}) for Dockerfiles
 * ({@code Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*}, {@code Containerfile}) and, when
 * manifests are wanted, for {@code *.yaml}/{@code *.yml}. A file named on the command line is a
 * manifest file when it ends in {@code .yaml}, {@code .yml} or {@code .json}, else a Dockerfile.
 */
public final class LintTargets {

  private LintTargets() {}

  public static List<LintInput> expand(List<String> targets, boolean manifests)
      throws InputException {
    List<LintInput> out = new ArrayList<>();
    for (String target : targets) {
      if (target.equals("-")) {
        out.add(new LintInput(LintInput.Kind.DOCKERFILE, null));
        continue;
      }
      Path path = Path.of(target);
      if (Files.isDirectory(path)) {
        out.addAll(search(path, manifests));
      } else if (Files.isRegularFile(path)) {
        out.add(new LintInput(isManifestName(path) ? LintInput.Kind.MANIFESTS
            : LintInput.Kind.DOCKERFILE, path));
      } else {
        throw new InputException(target, Files.exists(path) ? "not a regular file or directory"
            : "no such file or directory");
      }
    }
    return out;
  }

  public static boolean isDockerfileName(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return name.equals("Dockerfile") || name.equals("Containerfile")
        || lower.endsWith(".dockerfile") || name.startsWith("Dockerfile.")
        || name.startsWith("Containerfile.");
  }

  public static boolean isManifestName(Path file) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  private static List<LintInput> search(Path dir, boolean manifests) throws InputException {
    List<LintInput> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          String name = d.getFileName() == null ? "" : d.getFileName().toString();
          boolean skip = !d.equals(dir) && (name.startsWith(".") || name.equals("node_modules")
              || name.equals("target"));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            if (isDockerfileName(f)) {
              found.add(new LintInput(LintInput.Kind.DOCKERFILE, f));
            } else if (manifests && isManifestName(f)
                && !f.getFileName().toString().endsWith(".json")) {
              found.add(new LintInput(LintInput.Kind.MANIFESTS, f));
            }
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot search the directory: " + e.getMessage());
    }
    found.sort(java.util.Comparator.comparing(i -> i.path().toString()));
    return found;
  }
}
