package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.TextEdits;
import dev.harden.io.InputException;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Suppressions;
import dev.harden.lint.dockerfile.BaseImages;
import dev.harden.lint.dockerfile.DockerfileSuppressions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixes one Dockerfile in rounds. Each round every selected fix proposes edits against the current
 * text; the wanted ones (safe, or suggested with {@code --unsafe}) are taken in a fixed order (the
 * order of {@link DockerfileFixes#all()}, then by position) as long as their edits do not collide
 * with one already taken, applied together, and the result is parsed again. Fixes that collided
 * are proposed again against the new text in the next round, so overlapping fixes resolve the same
 * way every time (a new base image first, then its digest). A fix whose result would not parse is
 * dropped whole and reported; nothing is ever half-applied.
 */
public final class DockerfileFixer {

  /** More rounds than the fixes of one file can need; a bound in case a fix does not take. */
  private static final int MAX_ROUNDS = 16;

  private final DockerfileFixOptions options;
  private final FixRules rules;
  private final List<DockerfileFix> fixes = new ArrayList<>();
  private final Map<String, Integer> priority = new HashMap<>();

  public DockerfileFixer(DockerfileFixOptions options) {
    this(options, DockerfileFixes.all());
  }

  DockerfileFixer(DockerfileFixOptions options, List<DockerfileFix> available) {
    this.options = options;
    this.rules = new FixRules(options.settings());
    for (DockerfileFix fix : available) {
      RuleMeta meta = rules.meta(fix.ruleId());
      priority.putIfAbsent(meta.id(), priority.size());
      if (selected(meta)) {
        fixes.add(fix);
      }
    }
  }

  private boolean selected(RuleMeta meta) {
    if (options.settings().isIgnored(meta)) {
      return false;
    }
    return options.only().isEmpty() || options.only().stream().anyMatch(meta::answersTo);
  }

  public DockerfileFixResult fix(Dockerfile original) throws InputException {
    Dockerfile current = original;
    List<Fix> applied = new ArrayList<>();
    List<FixProblem> dropped = new ArrayList<>();
    Set<List<TextEdit>> refused = new HashSet<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Fix> chosen = choose(propose(current).fixes(), refused);
      if (chosen.isEmpty()) {
        break;
      }
      Dockerfile next = parseOrNull(current, apply(current, chosen));
      if (next == null) {
        chosen = keepParsing(current, chosen, refused, dropped);
        if (chosen.isEmpty()) {
          continue;
        }
        next = parseOrNull(current, apply(current, chosen));
        if (next == null) {
          throw new IllegalStateException("fixes that parse alone do not parse together in "
              + original.path());
        }
      }
      applied.addAll(chosen);
      current = next;
    }
    FixSink last = propose(current);
    List<Fix> notApplied = new ArrayList<>();
    List<FixProblem> problems = new ArrayList<>(last.problems());
    for (Fix fix : last.fixes()) {
      if (!wanted(fix)) {
        notApplied.add(fix);
      } else if (!refused.contains(fix.edits())) {
        problems.add(new FixProblem(fix.rule(), fix.location(), fix.description(),
            "still proposed after " + MAX_ROUNDS + " rounds of fixes; not applied", false));
      }
    }
    problems.addAll(dropped);
    String bom = original.bom() ? "\uFEFF" : "";
    return new DockerfileFixResult(original.path(), bom + original.text(), bom + current.text(),
        applied, notApplied, problems);
  }

  /** Every selected fix's proposals on one text, without the suppressed ones. */
  private FixSink propose(Dockerfile df) throws InputException {
    FixContext context = new FixContext(df, df.finalStage(options.target()), options.digests(),
        rules, BaseImages.builtin());
    Suppressions suppressions = new DockerfileSuppressions(df);
    FixSink all = new FixSink();
    for (DockerfileFix fix : fixes) {
      FixSink sink = new FixSink();
      fix.propose(context, sink);
      sink.fixes().stream().filter(f -> !suppressions.suppresses(f.rule(), f.location()))
          .forEach(all::add);
      sink.problems().stream().filter(p -> !suppressions.suppresses(p.rule(), p.location()))
          .forEach(all::cannot);
    }
    return all;
  }

  private boolean wanted(Fix fix) {
    return fix.safety() == FixSafety.SAFE || options.unsafe();
  }

  /** The wanted fixes whose edits fit together, in priority order; identical ones count once. */
  private List<Fix> choose(List<Fix> proposed, Set<List<TextEdit>> refused) {
    List<Fix> ordered = new ArrayList<>(proposed);
    ordered.sort(Comparator.comparingInt((Fix f) -> priority.getOrDefault(f.rule().id(), 999))
        .thenComparingInt(f -> f.edits().isEmpty() ? 0 : f.edits().get(0).start()));
    List<Fix> chosen = new ArrayList<>();
    List<TextEdit> taken = new ArrayList<>();
    for (Fix fix : ordered) {
      if (!wanted(fix) || refused.contains(fix.edits()) || fix.edits().isEmpty()) {
        continue;
      }
      if (chosen.stream().anyMatch(c -> c.edits().equals(fix.edits()))) {
        continue;
      }
      if (TextEdits.compatible(taken, fix.edits())) {
        chosen.add(fix);
        taken.addAll(fix.edits());
      }
    }
    return chosen;
  }

  private static String apply(Dockerfile df, List<Fix> chosen) {
    List<TextEdit> edits = new ArrayList<>();
    chosen.forEach(f -> edits.addAll(f.edits()));
    return TextEdits.apply(df.text(), edits);
  }

  /** The fixes that parse when applied alone; the others are refused and reported. */
  private List<Fix> keepParsing(Dockerfile df, List<Fix> chosen, Set<List<TextEdit>> refused,
      List<FixProblem> dropped) {
    List<Fix> kept = new ArrayList<>();
    for (Fix fix : chosen) {
      String text = TextEdits.apply(df.text(), fix.edits());
      String error = parseError(df, text);
      if (error == null) {
        if (kept.isEmpty() || parseOrNull(df, apply(df, plus(kept, fix))) != null) {
          kept.add(fix);
        }
      } else {
        refused.add(fix.edits());
        dropped.add(new FixProblem(fix.rule(), fix.location(), fix.description(),
            "not applied: the result would not parse (" + error + ")", false));
      }
    }
    return kept;
  }

  private static List<Fix> plus(List<Fix> list, Fix fix) {
    List<Fix> out = new ArrayList<>(list);
    out.add(fix);
    return out;
  }

  private static Dockerfile parseOrNull(Dockerfile df, String text) {
    try {
      return DockerfileParser.parse(df.path(), text);
    } catch (InputException e) {
      return null;
    }
  }

  private static String parseError(Dockerfile df, String text) {
    try {
      DockerfileParser.parse(df.path(), text);
      return null;
    } catch (InputException e) {
      return e.describe();
    }
  }
}
