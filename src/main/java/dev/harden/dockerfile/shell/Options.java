package dev.harden.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of a command read as getopt would: options (with their values) and positional
 * arguments. {@code -qy} is two options; {@code -ofoo} is {@code -o} with value {@code foo} when
 * {@code -o} takes a value, or when nothing is known and the cluster is not purely alphanumeric;
 * {@code --} ends the options.
 */
final class Options {

  record Option(String name, Optional<String> value, ShellWord word) {}

  final List<Option> options = new ArrayList<>();
  final List<ShellWord> positionals = new ArrayList<>();

  private Options() {}

  static Options scan(List<ShellWord> args, FlagSpec spec) {
    Options out = new Options();
    for (int i = 0; i < args.size(); i++) {
      ShellWord word = args.get(i);
      String a = word.value();
      if (a.equals("--")) {
        out.positionals.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(a.substring(eq + 1));
        if (value.isEmpty() && spec.takesValue(name) && i + 1 < args.size()) {
          value = Optional.of(args.get(++i).value());
        }
        out.options.add(new Option(name, value, word));
      } else if (a.length() > 1 && a.charAt(0) == '-' && !isNumber(a)) {
        i = scanCluster(args, i, spec, out);
      } else {
        out.positionals.add(word);
      }
    }
    return out;
  }

  /** Reads {@code -abc}; returns the index of the last argument consumed. */
  private static int scanCluster(List<ShellWord> args, int i, FlagSpec spec, Options out) {
    ShellWord word = args.get(i);
    String cluster = word.value().substring(1);
    boolean plain = cluster.chars().allMatch(Character::isLetterOrDigit);
    for (int j = 0; j < cluster.length(); j++) {
      String name = "-" + cluster.charAt(j);
      String rest = cluster.substring(j + 1);
      boolean takesValue = spec.takesValue(name) || (!plain && spec.isUnknown() && j == 0);
      if (takesValue) {
        if (!rest.isEmpty()) {
          out.options.add(new Option(name, Optional.of(rest), word));
          return i;
        }
        if (spec.takesValue(name) && i + 1 < args.size()) {
          out.options.add(new Option(name, Optional.of(args.get(i + 1).value()), word));
          return i + 1;
        }
        out.options.add(new Option(name, Optional.empty(), word));
        return i;
      }
      out.options.add(new Option(name, Optional.empty(), word));
    }
    return i;
  }

  private static boolean isNumber(String a) {
    return a.length() > 1 && a.substring(1).chars().allMatch(Character::isDigit);
  }

  boolean has(String... names) {
    for (Option o : options) {
      for (String n : names) {
        if (o.name().equals(n)) {
          return true;
        }
      }
    }
    return false;
  }

  List<String> values(String... names) {
    List<String> found = new ArrayList<>();
    for (Option o : options) {
      for (String n : names) {
        if (o.name().equals(n) && o.value().isPresent()) {
          found.add(o.value().get());
        }
      }
    }
    return found;
  }
}
