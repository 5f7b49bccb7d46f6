package dev.harden.config;

import dev.harden.io.InputException;
import dev.harden.io.yaml.SafeYaml;
import dev.harden.io.yaml.YamlNodes;
import dev.harden.lint.FailureThreshold;
import dev.harden.lint.LabelSchema;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Builds the {@link HardenConfig}: defaults, then {@code .harden.yaml} (given, or found from the
 * working directory upward), then the environment, then the command line; each later source
 * overrides the earlier ones key by key.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".harden.yaml";

  /** Environment variables the loader reads; the command line passes them in. */
  public static final String ENV_THRESHOLD = "HARDEN_FAILURE_THRESHOLD";
  public static final String ENV_IGNORE = "HARDEN_IGNORE";
  public static final String ENV_TRUSTED = "HARDEN_TRUSTED_REGISTRIES";

  private static final Set<String> KEYS =
      Set.of("ignored", "severity", "trustedRegistries", "failureThreshold", "labelSchema",
          "strictLabels", "label-schema", "strict-labels");

  /** What the command line asked for; null or empty means "not given". */
  public record Overrides(
      Path configFile, FailureThreshold failureThreshold, List<String> ignored) {}

  private ConfigLoader() {}

  public static HardenConfig load(Path workingDir, Map<String, String> env, Overrides cli)
      throws InputException {
    Optional<Path> file = Optional.ofNullable(cli.configFile());
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new InputException(file.get().toString(), "config file not found");
    }
    if (file.isEmpty()) {
      file = find(workingDir);
    }
    Set<String> ignored = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> trusted = new ArrayList<>();
    FailureThreshold threshold = HardenConfig.DEFAULTS.failureThreshold();
    LabelSchema labels = LabelSchema.NONE;

    if (file.isPresent()) {
      String name = file.get().toString();
      List<Node> docs = new SafeYaml(new SafeYaml.Limits(1 << 20, 10, 20)).loadAll(file.get());
      if (docs.size() > 1) {
        throw new InputException(name, YamlNodes.line(docs.get(1)),
            "a config file holds one YAML document");
      }
      if (!docs.isEmpty()) {
        Map<String, Node> top = YamlNodes.mapping(name, docs.get(0), "the config file", KEYS);
        if (top.containsKey("ignored")) {
          ignored.addAll(YamlNodes.strings(name, top.get("ignored"), "ignored"));
        }
        if (top.containsKey("severity")) {
          Map<String, Node> sev = YamlNodes.mapping(name, top.get("severity"), "severity", Set.of());
          for (Map.Entry<String, Node> e : sev.entrySet()) {
            String value = YamlNodes.scalar(name, e.getValue(), "severity of " + e.getKey());
            try {
              severities.put(e.getKey(), Severity.parse(value));
            } catch (IllegalArgumentException bad) {
              throw new InputException(name, YamlNodes.line(e.getValue()), bad.getMessage());
            }
          }
        }
        if (top.containsKey("trustedRegistries")) {
          trusted.addAll(YamlNodes.strings(name, top.get("trustedRegistries"),
              "trustedRegistries"));
        }
        if (top.containsKey("failureThreshold")) {
          Node n = top.get("failureThreshold");
          try {
            threshold = FailureThreshold.parse(YamlNodes.scalar(name, n, "failureThreshold"));
          } catch (IllegalArgumentException bad) {
            throw new InputException(name, YamlNodes.line(n), bad.getMessage());
          }
        }
        labels = labelSchema(name, top);
      }
    }

    String envThreshold = env.get(ENV_THRESHOLD);
    if (envThreshold != null && !envThreshold.isBlank()) {
      try {
        threshold = FailureThreshold.parse(envThreshold);
      } catch (IllegalArgumentException bad) {
        throw new InputException(ENV_THRESHOLD, bad.getMessage());
      }
    }
    ignored.addAll(commaList(env.get(ENV_IGNORE)));
    List<String> envTrusted = commaList(env.get(ENV_TRUSTED));
    if (!envTrusted.isEmpty()) {
      trusted = new ArrayList<>(envTrusted);
    }

    if (cli.failureThreshold() != null) {
      threshold = cli.failureThreshold();
    }
    if (cli.ignored() != null) {
      ignored.addAll(cli.ignored());
    }
    return new HardenConfig(new LintSettings(ignored, severities, trusted, labels), threshold,
        file);
  }

  /**
   * {@code labelSchema} (label name to text, url, rfc3339, spdx, hash, semver or email) and
   * {@code strictLabels}; hadolint's spellings {@code label-schema} and {@code strict-labels} are
   * read too, so its config section can be copied over.
   */
  private static LabelSchema labelSchema(String file, Map<String, Node> top)
      throws InputException {
    Node schemaNode = either(file, top, "labelSchema", "label-schema");
    Node strictNode = either(file, top, "strictLabels", "strict-labels");
    Map<String, LabelSchema.Type> types = new LinkedHashMap<>();
    if (schemaNode != null) {
      for (Map.Entry<String, Node> e
          : YamlNodes.mapping(file, schemaNode, "labelSchema", Set.of()).entrySet()) {
        if (e.getKey().isBlank()) {
          throw new InputException(file, YamlNodes.line(e.getValue()),
              "a label name in labelSchema is empty");
        }
        String type = YamlNodes.scalar(file, e.getValue(), "the type of label " + e.getKey());
        try {
          types.put(e.getKey(), LabelSchema.Type.parse(type));
        } catch (IllegalArgumentException bad) {
          throw new InputException(file, YamlNodes.line(e.getValue()), bad.getMessage());
        }
      }
    }
    boolean strict = false;
    if (strictNode != null) {
      String value = YamlNodes.scalar(file, strictNode, "strictLabels");
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        throw new InputException(file, YamlNodes.line(strictNode),
            "strictLabels must be true or false, not '" + value + "'");
      }
      strict = Boolean.parseBoolean(value);
      if (strict && types.isEmpty()) {
        throw new InputException(file, YamlNodes.line(strictNode),
            "strictLabels: true needs a labelSchema listing the labels that are allowed");
      }
    }
    return new LabelSchema(types, strict);
  }

  /** The value of a key given in harden's or hadolint's spelling; both at once is an error. */
  private static Node either(String file, Map<String, Node> top, String key, String hadolintKey)
      throws InputException {
    Node node = top.get(key);
    Node other = top.get(hadolintKey);
    if (node != null && other != null) {
      throw new InputException(file, YamlNodes.line(other),
          "'" + hadolintKey + "' repeats '" + key + "' (give one of them)");
    }
    return node != null ? node : other;
  }

  /** The nearest {@code .harden.yaml} from {@code dir} upward. */
  static Optional<Path> find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static List<String> commaList(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
