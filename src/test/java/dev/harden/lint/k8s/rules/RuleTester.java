package dev.harden.lint.k8s.rules;

import dev.harden.io.InputException;
import dev.harden.k8s.KubeObject;
import dev.harden.k8s.ManifestLoader;
import dev.harden.k8s.Workload;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import dev.harden.lint.Rule;
import dev.harden.lint.Suppressions;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule over a manifest snippet. */
final class RuleTester {

  private RuleTester() {}

  static List<Finding> findings(Rule<Workload> rule, String yaml) {
    try {
      List<Finding> out = new ArrayList<>();
      Linter<Workload> linter = new Linter<>(List.of(rule), LintSettings.DEFAULTS);
      for (KubeObject o : KubeObject.of(new ManifestLoader().parse("t.yaml", yaml))) {
        Workload.of(o).ifPresent(w -> out.addAll(linter.lint(w, Suppressions.NONE)));
      }
      return out;
    } catch (InputException e) {
      throw new AssertionError(e.describe(), e);
    }
  }

  /** A Pod with one container {@code app}; {@code container} and {@code pod} are extra lines. */
  static String pod(String container, String pod) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
        + indent(pod, 2)
        + "  containers:\n  - name: app\n    image: app:1@sha256:abc\n"
        + indent(container, 4);
  }

  static String container(String lines) {
    return pod(lines, "");
  }

  private static String indent(String lines, int n) {
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines.split("\n")) {
      out.append(" ".repeat(n)).append(line).append('\n');
    }
    return out.toString();
  }

  /** The JSON pointers of the findings. */
  static List<String> pointers(List<Finding> findings) {
    return findings.stream().map(f -> f.location().details().get("pointer")).toList();
  }
}
