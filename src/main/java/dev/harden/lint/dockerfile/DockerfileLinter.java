package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import java.util.List;
import java.util.Optional;

/** Lints one parsed Dockerfile with a list of rules and the user's settings. */
public final class DockerfileLinter {

  private final Linter<DockerfileContext> linter;
  private final LintSettings settings;

  public DockerfileLinter(List<? extends DockerfileRule> rules, LintSettings settings) {
    this.settings = settings;
    this.linter = new Linter<>(rules, settings);
  }

  public Linter<DockerfileContext> linter() {
    return linter;
  }

  /** Findings for the image {@code target} builds (empty: the last stage). */
  public List<Finding> lint(Dockerfile dockerfile, Optional<String> target) throws InputException {
    DockerfileContext context =
        new DockerfileContext(dockerfile, dockerfile.finalStage(target), settings);
    return linter.lint(context, new DockerfileSuppressions(dockerfile));
  }
}
