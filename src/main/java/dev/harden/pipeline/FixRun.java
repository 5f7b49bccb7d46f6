package dev.harden.pipeline;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.dockerfile.DockerfileFixOptions;
import dev.harden.fix.dockerfile.DockerfileFixResult;
import dev.harden.fix.dockerfile.DockerfileFixer;
import dev.harden.fix.k8s.FixOptions;
import dev.harden.fix.k8s.ImageFactsSource;
import dev.harden.fix.k8s.ManifestFixResult;
import dev.harden.fix.pin.DigestPins;
import dev.harden.fix.pin.LockFile;
import dev.harden.io.AtomicFiles;
import dev.harden.io.InputException;
import dev.harden.k8s.ManifestLoader;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.k8s.rules.KubernetesRules;
import dev.harden.report.FixReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code harden fix}: fixes every input (Dockerfiles with {@link DockerfileFixer}, manifests with
 * {@link KubernetesManifests#fix}) fully in memory, then, on request, writes the fixed files and
 * the lock files. Writing is all or nothing per run: a file that changed on disk since it was read
 * refuses the whole write before anything is written, and each file is replaced atomically.
 */
public final class FixRun {

  /**
   * What the command line asked for.
   *
   * @param unsafe apply suggested fixes too
   * @param only rule ids or aliases to fix (empty: all)
   * @param target the stage the build produces
   * @param pins where digests come from, and the lock files to update
   */
  public record Options(boolean unsafe, Set<String> only, Optional<String> target,
      DigestPins pins) {

    public Options {
      only = Set.copyOf(only);
    }
  }

  private final LintSettings settings;
  private final Options options;

  public FixRun(LintSettings settings, Options options) {
    this.settings = settings;
    this.options = options;
  }

  public FixReport run(List<LintInput> inputs, InputStream stdin) throws InputException {
    List<FixReport.FileResult> files = new ArrayList<>();
    KubernetesManifests manifests = new KubernetesManifests(manifestSettings(),
        new FixOptions(options.unsafe(), ImageFactsSource.NONE, manifestSettings()));
    for (LintInput input : inputs) {
      if (input.path() == null) {
        byte[] bytes = LintRun.readStdin(stdin);
        if (ManifestLoader.looksLikeManifest(new String(bytes, StandardCharsets.UTF_8))) {
          files.addAll(manifests(manifests, "-", new ByteArrayInputStream(bytes)));
        } else {
          files.add(dockerfile(DockerfileParser.parse("-", bytes), null));
        }
      } else if (input.kind() == LintInput.Kind.MANIFESTS) {
        files.addAll(manifests(manifests, input.path().toString(), InputStream.nullInputStream()));
      } else {
        files.add(dockerfile(DockerfileParser.parse(input.path()), input.path()));
      }
    }
    return new FixReport(files, List.of(), false);
  }

  private FixReport.FileResult dockerfile(Dockerfile df, Path path) throws InputException {
    DockerfileFixOptions fixOptions = new DockerfileFixOptions(options.unsafe(), options.only(),
        settings, options.target(), options.pins().forDockerfile(path));
    DockerfileFixResult r = new DockerfileFixer(fixOptions).fix(df);
    return new FixReport.FileResult(r.file(), "dockerfile", r.before(), r.after(), r.applied(),
        r.notApplied(), r.problems());
  }

  private static List<FixReport.FileResult> manifests(KubernetesManifests manifests,
      String target, InputStream in) throws InputException {
    List<FixReport.FileResult> out = new ArrayList<>();
    for (ManifestFixResult r : manifests.fix(List.of(target), in)) {
      out.add(new FixReport.FileResult(r.file(), "manifests", r.before(), r.after(), r.applied(),
          r.notApplied(), List.of()));
    }
    return out;
  }

  /** The user's settings, with the Kubernetes rules {@code --only} leaves out ignored. */
  private LintSettings manifestSettings() {
    if (options.only().isEmpty()) {
      return settings;
    }
    Set<String> ignored = new HashSet<>(settings.ignored());
    for (Rule<?> rule : KubernetesRules.all()) {
      RuleMeta meta = rule.meta();
      if (options.only().stream().noneMatch(meta::answersTo)) {
        ignored.add(meta.id());
      }
    }
    return new LintSettings(ignored, settings.severityOverrides(), settings.trustedRegistries(),
        settings.labelSchema());
  }

  /**
   * Writes the changed files and returns the report marked written. Every file is first checked
   * against what was read; if one changed in the meantime, nothing is written.
   */
  public FixReport write(FixReport report) throws InputException {
    for (FixReport.FileResult f : report.files()) {
      if (f.file().equals("-") && f.changed()) {
        throw new InputException("-", "cannot write the fix back to standard input; leave out"
            + " --write to get the diff");
      }
    }
    for (FixReport.FileResult f : report.files()) {
      if (f.changed() && !unchanged(Path.of(f.file()), f.before())) {
        throw new InputException(f.file(), "changed since harden read it; nothing was written,"
            + " run harden fix again");
      }
    }
    for (FixReport.FileResult f : report.files()) {
      if (f.changed()) {
        try {
          AtomicFiles.write(Path.of(f.file()), f.after().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new InputException(f.file(), "cannot write the fixed file: " + e.getMessage());
        }
      }
    }
    return report.withWritten(true);
  }

  /** Writes the lock files that gained entries and returns the report listing them. */
  public FixReport writeLocks(FixReport report) throws InputException {
    List<FixReport.LockResult> written = new ArrayList<>();
    for (LockFile lock : options.pins().changedLocks()) {
      int before = LockFile.read(lock.path()).images().size();
      try {
        AtomicFiles.write(lock.path(), lock.render().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new InputException(lock.path().toString(), "cannot write the lock file: "
            + e.getMessage());
      }
      Path cwd = Path.of("").toAbsolutePath();
      Path shown = lock.path().startsWith(cwd) ? cwd.relativize(lock.path()) : lock.path();
      written.add(new FixReport.LockResult(shown.toString(), lock.images().size() - before));
    }
    return report.withLocks(written);
  }

  private static boolean unchanged(Path file, String before) throws InputException {
    try {
      return Arrays.equals(Files.readAllBytes(file), before.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read it again before writing: "
          + e.getMessage());
    }
  }
}
