package dev.harden.reach.entry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code node} command line: options ({@code -r}/{@code --require} and {@code --import}
 * preloads, {@code -C} conditions, {@code -e}/{@code -p} code, {@code -c} syntax check), then the
 * script; {@code NODE_OPTIONS} adds its preloads and conditions first, as Node does.
 */
record NodeArgs(String script, String code, List<String> preloads, Set<String> conditions,
    boolean check) {

  private static final Set<String> WITH_VALUE = Set.of("-r", "--require", "--import", "-e",
      "--eval", "-p", "--print", "-C", "--conditions", "--loader", "--experimental-loader",
      "--input-type", "--title", "--env-file", "--inspect-port", "--debug-port", "--redirect-warnings",
      "--icu-data-dir", "--openssl-config", "--tls-cipher-list", "--dns-result-order",
      "--diagnostic-dir", "--heapsnapshot-signal", "--report-dir", "--report-directory",
      "--report-filename", "--report-signal", "--secure-heap", "--secure-heap-min",
      "--unhandled-rejections", "--watch-path", "--experimental-policy", "--policy-integrity",
      "--disable-proto", "--trace-event-categories", "--trace-event-file-pattern",
      "--cpu-prof-dir", "--cpu-prof-name", "--heap-prof-dir", "--heap-prof-name",
      "--stack-trace-limit", "--max-http-header-size", "--use-largepages", "--v8-pool-size");

  static NodeArgs parse(List<String> args, String nodeOptions) {
    List<String> preloads = new ArrayList<>();
    Set<String> conditions = new LinkedHashSet<>();
    String[] code = new String[1];
    boolean[] check = new boolean[1];
    if (!nodeOptions.isBlank()) {
      options(List.of(nodeOptions.strip().split("\\s+")), preloads, conditions, code, check);
    }
    int i = options(args, preloads, conditions, code, check);
    String script = null;
    if (code[0] == null && i < args.size() && !args.get(i).equals("-")) {
      script = args.get(i);
    }
    return new NodeArgs(script, code[0], preloads, conditions, check[0]);
  }

  /** Reads options; returns the index of the first argument after them. */
  private static int options(List<String> args, List<String> preloads, Set<String> conditions,
      String[] code, boolean[] check) {
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i);
      if (a.equals("--")) {
        return i + 1;
      }
      if (!a.startsWith("-") || a.equals("-")) {
        return i;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else if (WITH_VALUE.contains(a)) {
        value = i + 1 < args.size() ? args.get(i + 1) : null;
        i++;
      }
      switch (name) {
        case "-r", "--require", "--import" -> {
          if (value != null) {
            preloads.add(value);
          }
        }
        case "-C", "--conditions" -> {
          if (value != null) {
            conditions.add(value);
          }
        }
        case "-e", "--eval", "-p", "--print" -> code[0] = value == null ? "" : value;
        case "-c", "--check" -> check[0] = true;
        default -> { }
      }
      i++;
    }
    return i;
  }
}
