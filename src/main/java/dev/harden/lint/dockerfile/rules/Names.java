package dev.harden.lint.dockerfile.rules;

import dev.harden.dockerfile.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;

/** Lists of names for messages: {@code curl, wget and 3 more}. */
final class Names {

  private static final int SHOWN = 4;

  private Names() {}

  static String join(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
  }

  static List<String> values(List<ShellWord> words) {
    List<String> out = new ArrayList<>();
    for (ShellWord w : words) {
      out.add(w.value());
    }
    return out;
  }

  /** The first value, for examples in messages. */
  static String first(List<String> names) {
    return names.isEmpty() ? "<package>" : names.get(0);
  }
}
