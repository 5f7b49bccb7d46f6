package dev.harden.lint.dockerfile;

import dev.harden.lint.Rule;

/** A rule over one parsed Dockerfile. */
public interface DockerfileRule extends Rule<DockerfileContext> {}
