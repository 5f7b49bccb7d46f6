package dev.harden.lint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.LintSettings;
import dev.harden.lint.RuleMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registration list is the one place rules live: check what it promises. */
class BuiltinRulesTest {

  @Test
  void idsAreUniqueAndDocumented() {
    List<RuleMeta> all = BuiltinRules.all();
    Set<String> seen = new HashSet<>();
    for (RuleMeta rule : all) {
      assertThat(seen.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
      assertThat(Path.of(rule.docPath())).as("docs page of %s", rule.id()).isRegularFile();
      assertThat(rule.rationale()).as("rationale of %s", rule.id()).isNotBlank();
    }
  }

  @Test
  void everyDockerfileRuleHasItsOwnTest() {
    for (var rule : BuiltinRules.dockerfile(LintSettings.DEFAULTS)) {
      Class<?> type = rule.getClass();
      String test = "src/test/java/" + type.getName().replace('.', '/') + "Test.java";
      assertThat(Path.of(test)).as("test class of %s (%s)", rule.meta().id(), type.getSimpleName())
          .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
    }
  }

  @Test
  void everyImageCheckHasItsOwnTestAndAnImageId() {
    for (var rule : BuiltinRules.image(LintSettings.DEFAULTS)) {
      Class<?> type = rule.getClass();
      String test = "src/test/java/" + type.getName().replace('.', '/') + "Test.java";
      assertThat(Path.of(test)).as("test class of %s (%s)", rule.meta().id(), type.getSimpleName())
          .isRegularFile();
      assertThat(rule.meta().id()).startsWith("IMG");
      assertThat(type.getSimpleName()).startsWith("Img" + rule.meta().id().substring(3));
    }
  }

  @Test
  void docsPagesBelongToRules() throws Exception {
    Set<String> ids = new HashSet<>();
    BuiltinRules.all().forEach(r -> ids.add(r.id()));
    try (var pages = Files.list(Path.of("docs/rules"))) {
      for (Path page : pages.toList()) {
        String id = page.getFileName().toString().replaceFirst("\\.md$", "");
        if (!id.equals("README")) {
          assertThat(ids).as("docs/rules/%s has no rule", page.getFileName()).contains(id);
        }
      }
    } catch (java.nio.file.NoSuchFileException e) {
      assertThat(ids).isEmpty();
    }
  }
}
