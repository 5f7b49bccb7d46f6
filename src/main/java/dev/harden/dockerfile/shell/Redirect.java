package dev.harden.dockerfile.shell;

import java.util.Optional;

/**
 * A redirection: {@code > /dev/null}, {@code 2>&1}, {@code <<EOF}. {@code fd} is the explicit file
 * descriptor number, or -1 when none was written.
 */
public record Redirect(
    int fd, String operator, ShellWord target, Optional<HeredocBody> heredoc, int start, int end) {

  /** True for {@code <<}, {@code <<-}: the target is a heredoc delimiter. */
  public boolean isHeredoc() {
    return heredoc.isPresent();
  }

  /** True when the redirection feeds standard input ({@code <}, {@code <<}, {@code <<<}). */
  public boolean readsStdin() {
    return (fd == -1 || fd == 0) && operator.startsWith("<") && !operator.equals("<&");
  }
}
