package dev.harden.fix.k8s;

import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.TextEdits;
import dev.harden.io.InputException;
import dev.harden.k8s.Container;
import dev.harden.k8s.KubeObject;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.ManifestLoader;
import dev.harden.k8s.Workload;
import dev.harden.k8s.YamlPatcher;
import dev.harden.lint.Finding;
import dev.harden.lint.Linter;
import dev.harden.lint.Rule;
import dev.harden.lint.Suppressions;
import dev.harden.lint.k8s.rules.KubernetesRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes the findings of fixable Kubernetes rules by editing the manifest text. It works in rounds:
 * lint, take every fix whose edits do not collide with one already taken this round, apply them,
 * load the result again. Fixes that collided (two insertions into one container) go in the next
 * round against the new text. Fixes of one place that are the same edit (the pod-level seccomp
 * profile several containers ask for) are applied once. A fix never applies twice to the same
 * finding, so the rounds end; running the fixer on its own output changes nothing.
 */
public final class ManifestFixer {

  /** More rounds than fixes one container can need; a bound in case a fix does not take. */
  private static final int MAX_ROUNDS = 16;

  private final FixOptions options;
  private final ManifestLoader loader;
  private final Map<String, ManifestFix> fixes = new HashMap<>();
  private final Linter<Workload> linter;

  public ManifestFixer(FixOptions options, ManifestLoader loader) {
    this.options = options;
    this.loader = loader;
    for (ManifestFix fix : ManifestFixes.all()) {
      fixes.put(fix.ruleId(), fix);
    }
    List<Rule<Workload>> fixable =
        KubernetesRules.all().stream().filter(r -> fixes.containsKey(r.meta().id())).toList();
    this.linter = new Linter<>(fixable, options.settings());
  }

  public ManifestFixer(FixOptions options) {
    this(options, new ManifestLoader());
  }

  public ManifestFixResult fix(ManifestFile file) throws InputException {
    ManifestFile current = file;
    List<Fix> applied = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<TextEdit> taken = new ArrayList<>();
      List<List<TextEdit>> takenFixes = new ArrayList<>();
      List<Fix> chosen = new ArrayList<>();
      for (Map.Entry<String, Fix> proposal : proposals(current).entrySet()) {
        Fix fix = proposal.getValue();
        if (done.contains(proposal.getKey()) || !wanted(fix)) {
          continue;
        }
        if (takenFixes.contains(fix.edits())) {
          done.add(proposal.getKey());
          chosen.add(fix);
        } else if (TextEdits.compatible(taken, fix.edits())) {
          done.add(proposal.getKey());
          chosen.add(fix);
          taken.addAll(fix.edits());
          takenFixes.add(fix.edits());
        }
      }
      if (chosen.isEmpty()) {
        break;
      }
      String text = TextEdits.apply(current.source().text(), taken);
      current = reload(file, text);
      applied.addAll(chosen);
    }
    List<Fix> notApplied = new ArrayList<>(proposals(current).values());
    String before = file.source().withByteOrderMark(file.source().text());
    String after = file.source().withByteOrderMark(current.source().text());
    return new ManifestFixResult(file.name(), before, after, applied, notApplied);
  }

  private boolean wanted(Fix fix) {
    return fix.safety() == FixSafety.SAFE || options.unsafe();
  }

  private ManifestFile reload(ManifestFile original, String text) {
    try {
      return loader.parse(original.name(), text);
    } catch (InputException e) {
      // our own edit broke the file: a bug, never the user's input
      throw new IllegalStateException("a fix produced invalid YAML in " + original.name() + ": " + e.describe(), e);
    }
  }

  /** A fix for each fixable finding of the file, keyed by the finding (rule, object, container, field). */
  private Map<String, Fix> proposals(ManifestFile file) {
    Map<String, Fix> out = new LinkedHashMap<>();
    YamlPatcher patcher = new YamlPatcher(file);
    for (KubeObject object : KubeObject.of(file)) {
      Optional<Workload> workload = Workload.of(object);
      if (workload.isEmpty()) {
        continue;
      }
      for (Finding finding : linter.lint(workload.get(), Suppressions.NONE)) {
        ManifestFix fix = fixes.get(finding.rule().id());
        String pointer = finding.location().details().getOrDefault("pointer", "");
        Optional<Container> container = containerAt(workload.get(), pointer);
        Optional<ImageFacts> image =
            container.flatMap(Container::image).flatMap(i -> options.images().lookup(i.value()));
        FixTarget target = new FixTarget(file, patcher, workload.get(), container, finding, image);
        fix.fix(target).ifPresent(f -> out.put(key(finding), f));
      }
    }
    return out;
  }

  private static Optional<Container> containerAt(Workload workload, String pointer) {
    return workload.podSpec().containers().stream()
        .filter(c -> pointer.startsWith(c.pointer() + "/"))
        .findFirst();
  }

  private static String key(Finding f) {
    Map<String, String> d = f.location().details();
    return f.rule().id() + "|" + d.get("document") + "|" + d.get("object") + "|"
        + d.getOrDefault("container", "") + "|" + d.get("pointer");
  }
}
