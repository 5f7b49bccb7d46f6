package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Peels command wrappers ({@code sudo}, {@code env}, {@code nice}, {@code nohup}, {@code time},
 * {@code exec}, {@code command}, {@code gosu}, {@code su-exec}, {@code timeout}, {@code stdbuf},
 * {@code doas}) off a simple command, so rules see the program that actually runs.
 */
final class Wrappers {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> SUDO_VALUES =
      Set.of("-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T", "-R");

  private Wrappers() {}

  static SimpleCommand unwrap(SimpleCommand command) {
    List<ShellWord> words = command.words();
    List<Assignment> assignments = new ArrayList<>(command.assignments());
    List<ShellWord> wrappers = new ArrayList<>(command.wrappers());
    while (!words.isEmpty()) {
      List<Assignment> found = new ArrayList<>();
      int skip = wrapperLength(words, found);
      if (skip <= 0 || skip >= words.size()) {
        break;
      }
      assignments.addAll(found);
      wrappers.addAll(words.subList(0, skip));
      words = words.subList(skip, words.size());
    }
    if (wrappers.size() == command.wrappers().size()) {
      return command;
    }
    return new SimpleCommand(
        assignments,
        words,
        command.redirects(),
        wrappers,
        command.start(),
        command.end(),
        command.partial());
  }

  /** How many leading words belong to the wrapper, or 0 when the command is not a wrapper. */
  private static int wrapperLength(List<ShellWord> words, List<Assignment> assignments) {
    ShellWord first = words.get(0);
    if (!first.isLiteral()) {
      return 0;
    }
    String name = first.value().substring(first.value().lastIndexOf('/') + 1);
    switch (name) {
      case "sudo":
        return skipOptions(words, 1, SUDO_VALUES);
      case "doas":
        return skipOptions(words, 1, Set.of("-u", "-C"));
      case "nice":
        return skipOptions(words, 1, Set.of("-n"));
      case "nohup":
        return 1;
      case "time":
        return skipOptions(words, 1, Set.of("-f", "-o"));
      case "exec":
        return skipOptions(words, 1, Set.of("-a"));
      case "command":
        return words.size() > 1 && words.get(1).value().matches("-[pvV]*[vV][pvV]*")
            ? 0
            : skipOptions(words, 1, Set.of());
      case "gosu":
      case "su-exec":
        return 2;
      case "stdbuf":
        return skipOptions(words, 1, Set.of("-i", "-o", "-e"));
      case "timeout":
        return skipOptions(words, 1, Set.of("-s", "-k")) + 1;
      case "env":
        return envLength(words, assignments);
      default:
        return 0;
    }
  }

  private static int skipOptions(List<ShellWord> words, int from, Set<String> withValue) {
    int i = from;
    while (i < words.size()) {
      String w = words.get(i).value();
      if (w.equals("--")) {
        return i + 1;
      }
      if (!w.startsWith("-") || w.equals("-")) {
        return i;
      }
      i += withValue.contains(w) ? 2 : 1;
    }
    return i;
  }

  private static int envLength(List<ShellWord> words, List<Assignment> assignments) {
    int i = 1;
    while (i < words.size()) {
      ShellWord word = words.get(i);
      String w = word.value();
      int eq = w.indexOf('=');
      if (w.equals("-u") || w.equals("--unset") || w.equals("-C") || w.equals("--chdir")) {
        i += 2;
      } else if (w.startsWith("-")) {
        i++;
      } else if (eq > 0
          && NAME.matcher(w.substring(0, eq)).matches()
          && word.raw().startsWith(w.substring(0, eq + 1))) {
        ShellWord value = word.tail(eq + 1);
        assignments.add(new Assignment(w.substring(0, eq), false, value, word.start(), word.end()));
        i++;
      } else {
        return i;
      }
    }
    return i;
  }
}
