package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Add;
import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Scope;
import dev.harden.dockerfile.Word;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an {@code ADD} source is, as BuildKit decides it: a URL to download, a git repository to
 * clone, a local tar archive to unpack, a plain local file or folder, or a heredoc. Decided after
 * substituting the variables known at that point.
 */
final class AddSources {

  enum Kind {
    URL,
    GIT,
    ARCHIVE,
    LOCAL,
    HEREDOC,
    UNKNOWN
  }

  /** A classified source: the value after substitution (or as written). */
  record Source(Word word, String value, Kind kind) {}

  private static final Pattern ARCHIVE =
      Pattern.compile(
          "(?i).*\\.(tar|tar\\.(gz|bz2|xz|zst|lz|lzma|z)|tgz|tbz2?|txz|tzst)$|.*\\.tar\\..*");

  /**
   * {@code docker history} renders ADD/COPY sources as {@code file:<hash>} or {@code dir:<hash>}.
   */
  private static final Pattern HISTORY_SOURCE = Pattern.compile("(file|multi|dir):[0-9a-f]{16,}");

  private AddSources() {}

  static Source classify(Add add, Word source, Optional<Scope> scope) {
    if (add.heredocSource(source).isPresent()) {
      return new Source(source, source.value(), Kind.HEREDOC);
    }
    String value = source.value();
    boolean unresolvedStart = false;
    if (scope.isPresent()) {
      Expansion e = scope.get().expand(source);
      value = e.value();
      unresolvedStart = !e.isComplete() && value.startsWith("$");
    } else {
      unresolvedStart = value.startsWith("$");
    }
    return new Source(source, value, kind(value, unresolvedStart));
  }

  static Kind kind(String value, boolean unresolvedStart) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("git@") || lower.startsWith("git://") || lower.startsWith("ssh://")) {
      return Kind.GIT;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      String path = lower.replaceFirst("[#?].*$", "");
      return path.endsWith(".git") || lower.contains(".git#") ? Kind.GIT : Kind.URL;
    }
    if (HISTORY_SOURCE.matcher(lower).matches()) {
      return Kind.UNKNOWN;
    }
    if (ARCHIVE.matcher(value).matches()) {
      return Kind.ARCHIVE;
    }
    return unresolvedStart ? Kind.UNKNOWN : Kind.LOCAL;
  }

  /**
   * True for the {@code docker history} rendering {@code ADD file:<hash> in /dest}: not a
   * Dockerfile anyone wrote.
   */
  static boolean isHistoryForm(Add add) {
    return !add.sources().isEmpty()
        && HISTORY_SOURCE.matcher(add.sources().get(0).value()).matches();
  }
}
