package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.Expansion;
import dev.harden.dockerfile.Word;
import java.util.Optional;
import java.util.regex.Pattern;

/** Path words of WORKDIR, COPY and ADD after substitution: absolute, relative, or not known. */
final class Paths {

  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("(?:[A-Za-z]:)?[\\\\/].*");

  private Paths() {}

  /**
   * The path after substitution, or empty when it starts with a variable whose value is not known
   * (it may well be absolute).
   */
  static Optional<String> known(Word word, Optional<dev.harden.dockerfile.Scope> scope) {
    if (scope.isEmpty()) {
      return word.value().startsWith("$") ? Optional.empty() : Optional.of(word.value());
    }
    Expansion e = scope.get().expand(word);
    if (!e.isComplete() && (e.value().startsWith("$") || e.error().isPresent())) {
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  /** {@code /app}, {@code C:\app}, {@code \app}. */
  static boolean isAbsolute(String path) {
    return path.startsWith("/") || WINDOWS_ABSOLUTE.matcher(path).matches();
  }
}
