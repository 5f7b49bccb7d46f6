package dev.harden.reach.elf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.reach.graph.ResourceTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of what known runtimes load without {@code DT_NEEDED}
 * ({@code runtime-loads.json} beside this class; its format is described at its top and in
 * docs/reachability.md). Loaded once per analysis; a malformed table is a bug and fails loudly.
 */
public final class RuntimeLoads {

  /** One runtime's rule. */
  record Rule(
      String id,
      List<BoundPattern> when,
      List<String> loads,
      List<String> mayLoad,
      String nsswitch,
      List<BoundPattern> explainsDlopen,
      String unlessEnv,
      String why,
      String whyMay) {}

  /** A rule that applies to one reached file, with its bindings. */
  record Applied(Rule rule, Map<String, String> bound) {}

  private static final Set<String> KEYS = Set.of("id", "when", "loads", "may-load", "nsswitch",
      "explains-dlopen", "unless-env", "why", "why-may");

  private final List<Rule> rules;

  private RuntimeLoads(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in table. */
  public static RuntimeLoads builtin() {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode e : ResourceTables.load(RuntimeLoads.class, "runtime-loads.json", KEYS)) {
      String id = ResourceTables.text(e, "id");
      if (id == null || !e.has("when")) {
        throw new IllegalStateException("runtime-loads.json: a rule needs id and when: " + e);
      }
      rules.add(new Rule(id, patterns(e, "when"), ResourceTables.texts(e, "loads"),
          ResourceTables.texts(e, "may-load"), ResourceTables.text(e, "nsswitch"),
          patterns(e, "explains-dlopen"), ResourceTables.text(e, "unless-env"),
          ResourceTables.text(e, "why"), ResourceTables.text(e, "why-may")));
    }
    return new RuntimeLoads(rules);
  }

  private static List<BoundPattern> patterns(JsonNode e, String key) {
    return ResourceTables.texts(e, key).stream().map(BoundPattern::compile).toList();
  }

  /** The rules whose {@code when} matches this real path. */
  List<Applied> matching(String path) {
    List<Applied> applied = new ArrayList<>();
    for (Rule r : rules) {
      for (BoundPattern p : r.when()) {
        Optional<Map<String, String>> bound = p.match(path);
        if (bound.isPresent()) {
          applied.add(new Applied(r, bound.get()));
          break;
        }
      }
    }
    return applied;
  }

  /**
   * The rule that accounts for {@code path}'s dlopen calls, if any. A rule with {@code
   * unless-env} does not when the image sets that variable.
   */
  Optional<String> dlopenExplainedBy(String path, Map<String, String> env) {
    for (Rule r : rules) {
      if (r.unlessEnv() != null && env.containsKey(r.unlessEnv())) {
        continue;
      }
      for (BoundPattern p : r.explainsDlopen()) {
        if (p.match(path).isPresent()) {
          return Optional.of(r.id());
        }
      }
    }
    return Optional.empty();
  }

  /** Rule ids, in table order (for tests and docs). */
  public List<String> ids() {
    return rules.stream().map(Rule::id).toList();
  }
}
