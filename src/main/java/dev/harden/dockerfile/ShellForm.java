package dev.harden.dockerfile;

import dev.harden.dockerfile.shell.ShellScript;

/**
 * A shell-form command ({@code RUN apt-get update && ...}): run as {@code SHELL} plus the text.
 * {@code text} is the logical text (continuations joined); for {@code RUN <<EOF} it is the {@code
 * <<EOF} word and the script is parsed from the heredoc body.
 */
public record ShellForm(String text, SourceSpan span, ShellScript script) implements CommandLine {}
