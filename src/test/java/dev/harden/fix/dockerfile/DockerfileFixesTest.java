package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.LintSettings;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.builtin.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The list of fixes against the rules: one fix per fixable rule, each with its test. */
class DockerfileFixesTest {

  private final List<DockerfileFix> fixes = DockerfileFixes.all();

  @Test
  void fixableRulesAreExactlyTheOnesWithAFix() {
    Set<String> fixed = fixes.stream().map(DockerfileFix::ruleId).collect(Collectors.toSet());
    assertThat(fixed).hasSameSizeAs(fixes);
    Set<String> fixable = BuiltinRules.dockerfile(LintSettings.DEFAULTS).stream()
        .map(r -> r.meta()).filter(RuleMeta::fixable).map(RuleMeta::id)
        .collect(Collectors.toSet());
    assertThat(fixed).isEqualTo(fixable);
  }

  @Test
  void everyFixHasItsTest() {
    for (DockerfileFix fix : fixes) {
      Path test = Path.of("src/test/java/dev/harden/fix/dockerfile",
          fix.getClass().getSimpleName() + "Test.java");
      assertThat(test).as("test of %s", fix.getClass().getSimpleName()).exists();
      assertThat(Files.isRegularFile(test)).isTrue();
    }
  }
}
