package dev.harden.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the script a command hands to a nested shell: {@code sh -c '...'}, {@code bash -ec "..."},
 * {@code su -c "..."}, or a heredoc fed to a shell's standard input ({@code bash <<EOF}).
 */
final class InlineScripts {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");

  private InlineScripts() {}

  static Optional<MappedText> of(SimpleCommand written) {
    if (written.words().isEmpty()) {
      return Optional.empty();
    }
    SimpleCommand command = written.effective();
    List<ShellWord> args = command.arguments();
    if (command.is("su")) {
      return optionValue(args, "-c", "--command");
    }
    if (!SHELLS.contains(command.program())) {
      return Optional.empty();
    }
    if (command.is("busybox")) {
      if (args.isEmpty() || !SHELLS.contains(args.get(0).value())) {
        return Optional.empty();
      }
      args = args.subList(1, args.size());
    }
    boolean dashC = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).value();
      if (a.equals("-o") || a.equals("+o")) {
        i++;
      } else if (a.matches("[-+][A-Za-z]+")) {
        dashC |= a.indexOf('c') > 0;
      } else if (a.startsWith("--")) {
        continue;
      } else {
        return dashC ? Optional.of(args.get(i).mappedValue()) : Optional.empty();
      }
    }
    if (dashC) {
      return Optional.empty();
    }
    for (Redirect r : command.redirects()) {
      if (r.readsStdin() && r.heredoc().isPresent()) {
        return Optional.of(r.heredoc().get().text());
      }
    }
    return Optional.empty();
  }

  private static Optional<MappedText> optionValue(
      List<ShellWord> args, String shortName, String longName) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).value();
      if ((a.equals(shortName) || a.equals(longName)) && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1).mappedValue());
      }
      if (a.startsWith(longName + "=")) {
        ShellWord w = args.get(i);
        return Optional.of(w.mappedValue().slice(longName.length() + 1, w.value().length()));
      }
    }
    return Optional.empty();
  }
}
