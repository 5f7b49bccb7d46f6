package dev.harden.fix.dockerfile;

import dev.harden.dockerfile.Base;
import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.Instruction;
import dev.harden.dockerfile.Stage;
import dev.harden.fix.Fix;
import dev.harden.fix.FixProblem;
import dev.harden.fix.FixSafety;
import dev.harden.fix.TextEdit;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.lint.Location;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.dockerfile.BaseImages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What every Dockerfile fix sees in one round: the parsed file (the current text, after the fixes
 * of earlier rounds), the stage the build produces, where digests come from, and how new text
 * should look in this file (line ending, escape character, keyword case).
 */
public final class FixContext {

  private final Dockerfile dockerfile;
  private final Stage finalStage;
  private final DigestResolver digests;
  private final FixRules rules;
  private final BaseImages knowledge;
  private final String newline;
  private final boolean lowerCaseKeywords;

  FixContext(Dockerfile dockerfile, Stage finalStage, DigestResolver digests, FixRules rules,
      BaseImages knowledge) {
    this.dockerfile = dockerfile;
    this.finalStage = finalStage;
    this.digests = digests;
    this.rules = rules;
    this.knowledge = knowledge;
    this.newline = dockerfile.text().contains("\r\n") ? "\r\n" : "\n";
    long lower = dockerfile.instructions().stream()
        .filter(i -> i.syntax().keyword().equals(i.syntax().keyword().toLowerCase(Locale.ROOT)))
        .count();
    this.lowerCaseKeywords = lower * 2 > dockerfile.instructions().size();
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  public String text() {
    return dockerfile.text();
  }

  /** The stage {@code docker build} produces (the last one, or {@code --target}). */
  public Stage finalStage() {
    return finalStage;
  }

  public DigestResolver digests() {
    return digests;
  }

  /** What harden knows about common base images (variants, users, package managers). */
  public BaseImages knowledge() {
    return knowledge;
  }

  /**
   * The stages whose file system ends up in the final image: the final stage and the stages it is
   * built {@code FROM}, root first.
   */
  public List<Stage> imageChain() {
    List<Stage> chain = new ArrayList<>();
    Stage s = finalStage;
    chain.add(s);
    for (int hops = 0; s.base() instanceof Base.StageRef ref
        && hops < dockerfile.stages().size(); hops++) {
      s = dockerfile.stages().get(ref.index());
      chain.add(s);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** The rule a fix belongs to. */
  public RuleMeta rule(String id) {
    return rules.meta(id);
  }

  /** The location of an instruction's keyword, with its stage, as the rules report it. */
  public Location at(Instruction instruction) {
    Location location = Location.of(dockerfile.path(), instruction.line(),
        instruction.span().column());
    return dockerfile.stageOf(instruction).map(s -> location.with("stage", s.label()))
        .orElse(location);
  }

  /** A fix of {@code ruleId} at an instruction. */
  public Fix fix(String ruleId, FixSafety safety, Instruction at, String description,
      String reason, List<TextEdit> edits) {
    return new Fix(rule(ruleId), safety, at(at), description, reason, edits);
  }

  /** A place {@code ruleId}'s fix cannot change, and why. */
  public FixProblem cannot(String ruleId, Instruction at, String description, String reason) {
    return new FixProblem(rule(ruleId), at(at), description, reason, false);
  }

  /** The file's line ending: CRLF when it uses CRLF, else LF. */
  public String newline() {
    return newline;
  }

  /** The escape character ({@code \} or a backtick from {@code # escape=`}). */
  public char escape() {
    return dockerfile.escape();
  }

  /** An instruction keyword in the case the file mostly uses ({@code RUN} or {@code run}). */
  public String keyword(String upper) {
    return lowerCaseKeywords ? upper.toLowerCase(Locale.ROOT) : upper;
  }
}
