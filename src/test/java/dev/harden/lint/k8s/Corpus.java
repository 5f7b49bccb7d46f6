package dev.harden.lint.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.io.InputException;
import dev.harden.k8s.KubeObject;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.ManifestLoader;
import dev.harden.k8s.Workload;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import dev.harden.lint.Rule;
import dev.harden.lint.Suppressions;
import dev.harden.lint.k8s.rules.KubernetesRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the conformance corpora in ../shared/corpus and running chosen rules over their inputs. */
final class Corpus {

  static final Path DIR = Path.of("../shared/corpus");

  private Corpus() {}

  static List<JsonNode> rows(String file) {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(DIR.resolve(file))) {
        if (!line.isBlank()) {
          rows.add(mapper.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The built-in rules that name {@code check} among their aliases. */
  static List<Rule<Workload>> rulesAliasing(String... checks) {
    List<Rule<Workload>> out = new ArrayList<>();
    for (Rule<Workload> rule : KubernetesRules.all()) {
      for (String check : checks) {
        if (check != null && rule.meta().answersTo(check)) {
          out.add(rule);
          break;
        }
      }
    }
    return out;
  }

  /** Every finding of {@code rules} over every workload of {@code yaml}. */
  static List<Finding> lint(String name, String yaml, List<Rule<Workload>> rules) throws InputException {
    ManifestFile file = new ManifestLoader().parse(name, yaml);
    Linter<Workload> linter = new Linter<>(rules, LintSettings.DEFAULTS);
    List<Finding> findings = new ArrayList<>();
    for (KubeObject object : KubeObject.of(file)) {
      Optional<Workload> w = Workload.of(object);
      w.ifPresent(workload -> findings.addAll(linter.lint(workload, Suppressions.NONE)));
    }
    return findings;
  }
}
