package dev.harden.policy;

import dev.harden.catalog.PkgType;
import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import dev.harden.io.yaml.YamlNodes;
import dev.harden.match.FixState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a {@code harden-policy.yaml} (schema in docs/policy.md) into a {@link Policy}. Everything
 * is checked before anything is used: unknown keys, values of the wrong shape, words outside their
 * set, duplicate rule names. Every error names the file and the line.
 */
public final class PolicyLoader {

  /** The file name looked for in the working directory when {@code --policy} is not given. */
  public static final String FILE_NAME = "harden-policy.yaml";

  static final String BUILTIN_RESOURCE = "/dev/harden/policy/builtin-policy.yaml";

  private static final Set<String> TOP = Set.of("version", "rules", "otherwise", "reachability",
      "origin");
  private static final Set<String> RULE = Set.of("name", "description", "match", "verdict",
      "keepWhenUnreachable");
  private static final Set<String> MATCH = Set.of("kind", "id", "severity", "cvssAtLeast",
      "cvssBelow", "fixState", "origin", "reachability", "packageType", "hardening");
  private static final Set<String> SEVERITIES = Set.of("critical", "high", "medium", "low",
      "none", "unknown", "error", "warning", "info", "style");
  private static final Set<String> PACKAGE_TYPES =
      Arrays.stream(PkgType.values()).map(PkgType::id).collect(Collectors.toSet());
  private static final SafeYaml.Limits LIMITS = new SafeYaml.Limits(1 << 20, 10, 20);

  private PolicyLoader() {}

  /** The policy every run uses unless it is given another. */
  public static Policy builtin() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(BUILTIN_RESOURCE + " missing from the class path");
      }
      return parse("builtin", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException e) {
      throw new IllegalStateException("the built-in policy is invalid: " + e.describe(), e);
    }
  }

  /** The text of the built-in policy, for {@code docs/policy.md} and its test. */
  public static String builtinText() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(BUILTIN_RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Policy load(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "policy file not found");
    }
    // the size is checked before the file is read, so a huge file is an error, not a full heap
    return parse(file.toString(), new SafeYaml(LIMITS).loadAll(file));
  }

  static Policy parse(String name, byte[] bytes) throws InputException {
    return parse(name, new SafeYaml(LIMITS).loadAll(name, bytes));
  }

  private static Policy parse(String name, List<Node> docs) throws InputException {
    if (docs.isEmpty()) {
      throw new InputException(name, "the policy file is empty: it needs a rules list");
    }
    if (docs.size() > 1) {
      throw new InputException(name, YamlNodes.line(docs.get(1)),
          "a policy file holds one YAML document");
    }
    YamlFields y = new YamlFields(name);
    Node root = docs.get(0);
    Map<String, Node> top = YamlNodes.mapping(name, root, "the policy", TOP);
    if (top.containsKey("version")) {
      String v = y.string(top.get("version"), "version").trim();
      if (!v.equals("1")) {
        throw y.error(top.get("version"), "unsupported policy version '" + v + "' (this harden"
            + " reads version 1)");
      }
    }
    if (!top.containsKey("rules")) {
      throw new InputException(name, YamlNodes.line(root), "the policy has no rules list");
    }
    Verdict otherwise = Verdict.ALLOW;
    if (top.containsKey("otherwise")) {
      otherwise = single(y, top.get("otherwise"), "otherwise", Verdict::parseDecision);
    }
    Policy.UnreachableEffect unreachable = Policy.UnreachableEffect.ONE_TIER_DOWN;
    Subject.Reachability unknownReach = Subject.Reachability.REACHABLE;
    if (top.containsKey("reachability")) {
      Map<String, Node> r = YamlNodes.mapping(name, top.get("reachability"), "reachability",
          Set.of("unreachable", "unknown"));
      if (r.containsKey("unreachable")) {
        unreachable = single(y, r.get("unreachable"), "reachability.unreachable",
            Policy.UnreachableEffect::parse);
      }
      if (r.containsKey("unknown")) {
        unknownReach = single(y, r.get("unknown"), "reachability.unknown",
            v -> Subject.Reachability.valueOf(
                YamlFields.oneOf(v, Set.of("reachable", "unreachable")).toUpperCase(java.util.Locale.ROOT)));
      }
    }
    Subject.Origin unknownOrigin = Subject.Origin.APP;
    if (top.containsKey("origin")) {
      Map<String, Node> o = YamlNodes.mapping(name, top.get("origin"), "origin",
          Set.of("unknown"));
      if (o.containsKey("unknown")) {
        unknownOrigin = single(y, o.get("unknown"), "origin.unknown",
            v -> Subject.Origin.valueOf(
                YamlFields.oneOf(v, Set.of("base", "runtime", "app")).toUpperCase(java.util.Locale.ROOT)));
      }
    }
    List<PolicyRule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Node item : y.items(top.get("rules"), "rules")) {
      PolicyRule rule = rule(y, item);
      if (!names.add(rule.name())) {
        throw y.error(item, "a rule named '" + rule.name() + "' is already defined");
      }
      rules.add(rule);
    }
    return new Policy(name, rules, otherwise, unreachable, unknownReach, unknownOrigin);
  }

  private static PolicyRule rule(YamlFields y, Node node) throws InputException {
    Map<String, Node> m = YamlNodes.mapping(y.file(), node, "a rule", RULE);
    if (!m.containsKey("name")) {
      throw y.error(node, "a rule needs a name (reports name it as the rule that decided)");
    }
    String name = y.string(m.get("name"), "name").trim();
    if (name.isEmpty() || name.equals(Policy.OTHERWISE)) {
      throw y.error(m.get("name"), "'" + name + "' cannot be a rule name");
    }
    if (!m.containsKey("verdict")) {
      throw y.error(node, "rule '" + name + "' needs a verdict (block, warn, ticket or allow)");
    }
    Verdict verdict = single(y, m.get("verdict"), "verdict", Verdict::parseDecision);
    String description = m.containsKey("description")
        ? y.string(m.get("description"), "description") : "";
    boolean keep = m.containsKey("keepWhenUnreachable")
        && y.bool(m.get("keepWhenUnreachable"), "keepWhenUnreachable");
    Conditions when = m.containsKey("match") ? conditions(y, m.get("match")) : Conditions.ANY;
    return new PolicyRule(name, YamlNodes.line(node), description, when, verdict, keep);
  }

  private static Conditions conditions(YamlFields y, Node node) throws InputException {
    Map<String, Node> m = YamlNodes.mapping(y.file(), node, "match", MATCH);
    Set<Subject.Kind> kinds = new LinkedHashSet<>();
    if (m.containsKey("kind")) {
      kinds.addAll(y.words(m.get("kind"), "kind", v -> Subject.Kind.valueOf(YamlFields.oneOf(v,
          Set.of("vulnerability", "dockerfile", "manifest", "image")).toUpperCase(java.util.Locale.ROOT))));
    }
    List<Glob> ids = new ArrayList<>();
    if (m.containsKey("id")) {
      for (String id : y.strings(m.get("id"), "id")) {
        ids.add(Glob.of(id.trim(), true));
      }
    }
    Set<String> severities = new LinkedHashSet<>();
    if (m.containsKey("severity")) {
      severities.addAll(y.words(m.get("severity"), "severity",
          v -> YamlFields.oneOf(v, SEVERITIES)));
    }
    Double atLeast = m.containsKey("cvssAtLeast")
        ? y.number(m.get("cvssAtLeast"), "cvssAtLeast", 0, 10) : null;
    Double below = m.containsKey("cvssBelow")
        ? y.number(m.get("cvssBelow"), "cvssBelow", 0, 10.1) : null;
    Set<FixState> fixStates = new LinkedHashSet<>();
    if (m.containsKey("fixState")) {
      fixStates.addAll(y.words(m.get("fixState"), "fixState", PolicyLoader::fixState));
    }
    Set<Subject.Origin> origins = new LinkedHashSet<>();
    if (m.containsKey("origin")) {
      origins.addAll(y.words(m.get("origin"), "origin", v -> Subject.Origin.valueOf(
          YamlFields.oneOf(v, Set.of("base", "runtime", "app")).toUpperCase(java.util.Locale.ROOT))));
    }
    Set<Subject.Reachability> reach = new LinkedHashSet<>();
    if (m.containsKey("reachability")) {
      reach.addAll(y.words(m.get("reachability"), "reachability", v ->
          Subject.Reachability.valueOf(YamlFields.oneOf(v,
              Set.of("reachable", "unreachable", "unknown")).toUpperCase(java.util.Locale.ROOT))));
    }
    Set<String> types = new LinkedHashSet<>();
    if (m.containsKey("packageType")) {
      types.addAll(y.words(m.get("packageType"), "packageType",
          v -> YamlFields.oneOf(v, PACKAGE_TYPES)));
    }
    Set<Integer> hardening = new LinkedHashSet<>();
    Boolean anyHardening = null;
    if (m.containsKey("hardening")) {
      for (String v : y.words(m.get("hardening"), "hardening", String::trim)) {
        if (v.equals("any") || v.equals("none")) {
          anyHardening = v.equals("any");
        } else if (v.matches("[1-7]")) {
          hardening.add(Integer.parseInt(v));
        } else {
          throw y.error(m.get("hardening"), "hardening must be any, none or numbers 1 to 7, not '"
              + v + "'");
        }
      }
    }
    return new Conditions(kinds, ids, severities, atLeast, below, fixStates, origins, reach,
        types, hardening, anyHardening);
  }

  private static FixState fixState(String v) {
    for (FixState s : FixState.values()) {
      if (s.id().equals(v.toLowerCase(java.util.Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown fix state '" + v
        + "' (expected fixed, not-fixed or unknown)");
  }

  private static <T> T single(YamlFields y, Node node, String what,
      java.util.function.Function<String, T> parse) throws InputException {
    if (!(node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode)) {
      throw y.error(node, what + " must be a single value");
    }
    return y.words(node, what, parse).get(0);
  }
}
