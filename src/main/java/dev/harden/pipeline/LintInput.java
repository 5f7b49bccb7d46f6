package dev.harden.pipeline;

import java.nio.file.Path;

/**
 * One thing {@code harden lint} or {@code harden fix} reads: a Dockerfile or a file of Kubernetes
 * manifests, from a path or from standard input ({@code path} null, shown as {@code -}).
 */
public record LintInput(Kind kind, Path path) {

  /** What the input holds. */
  public enum Kind {
    DOCKERFILE,
    MANIFESTS
  }

  /** The name shown in findings: the path as given, or {@code -} for standard input. */
  public String displayName() {
    return path == null ? "-" : path.toString();
  }
}
