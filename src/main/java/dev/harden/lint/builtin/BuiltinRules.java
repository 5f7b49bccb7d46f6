package dev.harden.lint.builtin;

import dev.harden.lint.LintSettings;
import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.k8s.rules.KubernetesRules;

import dev.harden.lint.dockerfile.DockerfileRule;
import dev.harden.lint.image.ImageRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one list of built-in rules. Rule objects are created per run with the typed settings they
 * need; nothing registers itself.
 */
public final class BuiltinRules {

  private BuiltinRules() {}

  /** Every Dockerfile rule, in id order. */
  public static List<DockerfileRule> dockerfile(LintSettings settings) {
    List<DockerfileRule> rules = new ArrayList<>(List.of());
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  /** Every Kubernetes rule, in id order. */
  public static List<Rule<Workload>> kubernetes() {
    return KubernetesRules.all();
  }

  /** Every image check, in id order. */
  public static List<ImageRule> image(LintSettings settings) {
    List<ImageRule> rules = new ArrayList<>(List.of());
    rules.sort(Comparator.comparing(r -> r.meta().id()));
    return rules;
  }

  /** Metadata of every built-in rule of every kind, sorted by id. */
  public static List<RuleMeta> all() {
    List<RuleMeta> metas = new ArrayList<>();
    dockerfile(LintSettings.DEFAULTS).forEach(r -> metas.add(r.meta()));
    kubernetes().forEach(r -> metas.add(r.meta()));
    image(LintSettings.DEFAULTS).forEach(r -> metas.add(r.meta()));
    metas.sort(Comparator.comparing(RuleMeta::id));
    return metas;
  }
}
