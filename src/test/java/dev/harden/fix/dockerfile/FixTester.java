package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.Fix;
import dev.harden.fix.FixSafety;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.io.InputException;
import java.util.List;

/**
 * One-snippet tests for one Dockerfile fix, through the real parser and the real fixer:
 * {@code FixTester.of(new AptGetYesFix()).fixes(before, after)}. Every {@code fixes} also checks
 * that fixing the result again changes nothing.
 */
final class FixTester {

  private final DockerfileFix fix;
  private final DockerfileFixOptions options;

  private FixTester(DockerfileFix fix, DockerfileFixOptions options) {
    this.fix = fix;
    this.options = options;
  }

  static FixTester of(DockerfileFix fix) {
    return new FixTester(fix, DockerfileFixOptions.unsafe(DigestResolver.OFFLINE));
  }

  FixTester with(DockerfileFixOptions value) {
    return new FixTester(fix, value);
  }

  FixTester safeOnly() {
    return new FixTester(fix, new DockerfileFixOptions(false, options.only(), options.settings(),
        options.target(), options.digests()));
  }

  DockerfileFixResult run(String dockerfile) {
    try {
      return new DockerfileFixer(options, List.of(fix))
          .fix(DockerfileParser.parse("Dockerfile", dockerfile));
    } catch (InputException e) {
      throw new AssertionError("snippet does not parse: " + e.describe(), e);
    }
  }

  /** Asserts the fix turns {@code before} into {@code after}, and changes nothing on a second run. */
  DockerfileFixResult fixes(String before, String after) {
    DockerfileFixResult result = run(before);
    assertThat(result.after()).as("%s on:%n%s", fix.ruleId(), before).isEqualTo(after);
    assertThat(result.applied()).isNotEmpty();
    DockerfileFixResult again = run(result.after());
    assertThat(again.changed()).as("second run changed:%n%s", again.diff()).isFalse();
    assertThat(again.applied()).isEmpty();
    return result;
  }

  /** Asserts the fix changes nothing and proposes nothing. */
  void unchanged(String dockerfile) {
    DockerfileFixResult result = run(dockerfile);
    assertThat(result.after()).as("%s should leave alone:%n%s", fix.ruleId(), dockerfile)
        .isEqualTo(dockerfile);
    assertThat(result.notApplied()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  /** Asserts the fix leaves the file alone and reports why, with {@code reason} in the reason. */
  DockerfileFixResult cannot(String dockerfile, String reason) {
    DockerfileFixResult result = run(dockerfile);
    assertThat(result.after()).isEqualTo(dockerfile);
    assertThat(result.problems()).as("problems for:%n%s", dockerfile).isNotEmpty();
    assertThat(result.problems().get(0).reason()).contains(reason);
    return result;
  }

  /** The safety of the first fix proposed for a snippet. */
  FixSafety safety(String dockerfile) {
    DockerfileFixResult result = run(dockerfile);
    List<Fix> all = result.applied().isEmpty() ? result.notApplied() : result.applied();
    assertThat(all).as("fixes for:%n%s", dockerfile).isNotEmpty();
    return all.get(0).safety();
  }
}
