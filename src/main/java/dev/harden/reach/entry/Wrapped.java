package dev.harden.reach.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Programs that run their arguments as a command after options of their own (init shims, user
 * switchers, process tweaks): how many arguments belong to the wrapper. {@code env} and the
 * shells are handled on their own.
 */
final class Wrapped {

  /**
   * Per wrapper: options taking a value, and how many positional arguments come before the
   * command ({@code gosu USER cmd}: one).
   */
  private record Spec(Set<String> withValue, int positionals) {}

  private static final Map<String, Spec> SPECS = Map.ofEntries(
      Map.entry("tini", new Spec(Set.of("-p", "-e"), 0)),
      Map.entry("tini-static", new Spec(Set.of("-p", "-e"), 0)),
      Map.entry("docker-init", new Spec(Set.of("-p", "-e"), 0)),
      Map.entry("dumb-init", new Spec(Set.of("-r", "--rewrite"), 0)),
      Map.entry("catatonit", new Spec(Set.of(), 0)),
      Map.entry("gosu", new Spec(Set.of(), 1)),
      Map.entry("su-exec", new Spec(Set.of(), 1)),
      Map.entry("s6-setuidgid", new Spec(Set.of(), 1)),
      Map.entry("chpst", new Spec(Set.of("-u", "-U", "-e", "-/", "-n", "-l", "-L", "-m", "-d",
          "-o", "-p", "-f", "-c"), 0)),
      Map.entry("setpriv", new Spec(Set.of("--reuid", "--regid", "--groups", "--inh-caps",
          "--ambient-caps", "--bounding-set", "--securebits", "--selinux-label",
          "--apparmor-profile", "--pdeathsig"), 0)),
      Map.entry("runuser", new Spec(Set.of("-u", "-g", "-G", "--user", "--group"), 0)),
      Map.entry("nice", new Spec(Set.of("-n", "--adjustment"), 0)),
      Map.entry("ionice", new Spec(Set.of("-c", "-n", "-p", "-P", "-u"), 0)),
      Map.entry("nohup", new Spec(Set.of(), 0)),
      Map.entry("stdbuf", new Spec(Set.of("-i", "-o", "-e"), 0)),
      Map.entry("timeout", new Spec(Set.of("-s", "-k", "--signal", "--kill-after"), 1)),
      Map.entry("taskset", new Spec(Set.of(), 1)),
      Map.entry("chroot", new Spec(Set.of("--userspec", "--groups"), 1)),
      Map.entry("numactl", new Spec(Set.of("-C", "-N", "-m", "-p", "-i"), 0)),
      Map.entry("time", new Spec(Set.of("-f", "-o"), 0)));

  private Wrapped() {}

  static boolean isWrapper(String name) {
    return SPECS.containsKey(name);
  }

  /** The command the wrapper runs: the arguments after its options and positionals. */
  static List<String> command(String wrapper, List<String> args) {
    Spec spec = SPECS.get(wrapper);
    if (spec == null) {
      return List.of();
    }
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i);
      if (a.equals("--")) {
        i++;
        break;
      }
      if (!a.startsWith("-") || a.equals("-")) {
        break;
      }
      i += spec.withValue().contains(a) ? 2 : 1;
    }
    i += spec.positionals();
    return i >= args.size() ? List.of() : args.subList(i, args.size());
  }
}
