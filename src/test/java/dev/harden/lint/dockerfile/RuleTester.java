package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.Dockerfile;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.io.InputException;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * One-snippet tests for a Dockerfile rule, in the style of hadolint's specs:
 * {@code RuleTester.of(rule).catches("FROM debian:latest")} and {@code .passes("FROM debian:12")}.
 * Snippets run through the real parser and the real engine (suppressions included).
 */
public final class RuleTester {

  private final DockerfileRule rule;
  private final LintSettings settings;
  private final Optional<String> target;

  private RuleTester(DockerfileRule rule, LintSettings settings, Optional<String> target) {
    this.rule = rule;
    this.settings = settings;
    this.target = target;
  }

  public static RuleTester of(DockerfileRule rule) {
    return new RuleTester(rule, LintSettings.DEFAULTS, Optional.empty());
  }

  public RuleTester with(LintSettings value) {
    return new RuleTester(rule, value, target);
  }

  /** Lints the image {@code --target stage} builds instead of the last stage. */
  public RuleTester target(String stage) {
    return new RuleTester(rule, settings, Optional.of(stage));
  }

  /** The rule's findings on a snippet. */
  public List<Finding> findings(String dockerfile) {
    try {
      Dockerfile parsed = DockerfileParser.parse("Dockerfile", dockerfile);
      return new DockerfileLinter(List.of(rule), settings).lint(parsed, target);
    } catch (InputException e) {
      throw new AssertionError("snippet does not parse: " + e.describe(), e);
    }
  }

  /** Asserts the rule finds something; returns the findings for further checks. */
  public List<Finding> catches(String dockerfile) {
    List<Finding> found = findings(dockerfile);
    assertThat(found).as("%s should fire on:%n%s", rule.meta().id(), dockerfile).isNotEmpty();
    return found;
  }

  /** Asserts the rule finds exactly {@code count} problems. */
  public List<Finding> catches(int count, String dockerfile) {
    List<Finding> found = findings(dockerfile);
    assertThat(found).as("%s findings on:%n%s", rule.meta().id(), dockerfile).hasSize(count);
    return found;
  }

  /** Asserts the rule stays silent. */
  public void passes(String dockerfile) {
    assertThat(findings(dockerfile))
        .as("%s should stay silent on:%n%s", rule.meta().id(), dockerfile).isEmpty();
  }

  /** Asserts the first finding is at this line. */
  public void catchesAtLine(int line, String dockerfile) {
    assertThat(catches(dockerfile).get(0).location().line()).isEqualTo(line);
  }

  static UncheckedIOException unchecked(java.io.IOException e) {
    return new UncheckedIOException(e);
  }
}
