package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.ShellScript;

/**
 * The command of {@code RUN}, {@code CMD}, {@code ENTRYPOINT} or {@code HEALTHCHECK CMD}: shell
 * form or exec (JSON) form, with its parsed {@link ShellScript} either way.
 */
public sealed interface CommandLine permits ShellForm, ExecForm {

  SourceSpan span();

  /** The shell analysis: every simple command, pipes, connectors (parsed once, shared). */
  ShellScript script();

  default boolean isExecForm() {
    return this instanceof ExecForm;
  }
}
