package dev.harden.reach.entry;

import java.util.List;

/**
 * A {@code python} command line: clustered short options ({@code -uB}), {@code -W}/{@code -X}
 * with their values, {@code -E}/{@code -I} (ignore {@code PYTHONPATH}), {@code -S} (no
 * {@code site}), then {@code -c CODE}, {@code -m MODULE} or a script.
 */
record PythonArgs(String script, String module, String code, boolean ignoreEnv, boolean noSite) {

  static PythonArgs parse(List<String> args) {
    boolean ignoreEnv = false;
    boolean noSite = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--")) {
        return script(args, i + 1, ignoreEnv, noSite);
      }
      if (a.equals("-") || !a.startsWith("-")) {
        return a.equals("-") ? new PythonArgs(null, null, null, ignoreEnv, noSite)
            : new PythonArgs(a, null, null, ignoreEnv, noSite);
      }
      if (a.startsWith("--")) {
        if (a.equals("--check-hash-based-pycs")) {
          i++;
        }
        continue;
      }
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        String rest = a.substring(k + 1);
        String value = !rest.isEmpty() ? rest : i + 1 < args.size() ? args.get(i + 1) : null;
        boolean consumedNext = rest.isEmpty();
        switch (c) {
          case 'c' -> {
            return new PythonArgs(null, null, value == null ? "" : value, ignoreEnv, noSite);
          }
          case 'm' -> {
            return new PythonArgs(null, value, null, ignoreEnv, noSite);
          }
          case 'W', 'X' -> {
            if (consumedNext) {
              i++;
            }
            k = a.length();
          }
          case 'E' -> ignoreEnv = true;
          case 'I' -> {
            ignoreEnv = true;
          }
          case 'S' -> noSite = true;
          default -> { }
        }
      }
    }
    return new PythonArgs(null, null, null, ignoreEnv, noSite);
  }

  private static PythonArgs script(List<String> args, int at, boolean ignoreEnv, boolean noSite) {
    return at < args.size() ? new PythonArgs(args.get(at), null, null, ignoreEnv, noSite)
        : new PythonArgs(null, null, null, ignoreEnv, noSite);
  }
}
