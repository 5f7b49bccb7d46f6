package dev.harden.lint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.RuleMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules/README.md lists every rule with its current severity, hardening change and fixability. */
class RulesIndexTest {

  @Test
  void indexListsEveryRule() throws Exception {
    String index = Files.readString(Path.of("docs/rules/README.md"));
    for (RuleMeta rule : BuiltinRules.all()) {
      assertThat(index)
          .as("docs/rules/README.md row of %s (regenerate it from harden rules --format json)",
              rule.id())
          .contains("| [" + rule.id() + "](" + rule.id() + ".md) | " + rule.severity().label()
              + " | " + (rule.hardening() == null ? "" : rule.hardening()) + " | "
              + (rule.fixable() ? "yes" : "") + " | " + rule.title() + " |");
    }
  }
}
