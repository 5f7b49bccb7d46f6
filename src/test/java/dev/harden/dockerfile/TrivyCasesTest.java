package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code input} of every Trivy DS case parses, except inputs the corpus rebuilt from Trivy's
 * parsed form that are not valid Dockerfiles ({@code FROM } with no image, {@code USER} alone):
 * those fail with BuildKit's message and the line.
 */
class TrivyCasesTest {

  @Test
  void everyCaseParsesOrFailsCleanly() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(Path.of("../shared/corpus/trivy-ds-cases.jsonl"));
    Map<String, String> failures = new TreeMap<>();
    int parsed = 0;
    for (String line : lines) {
      JsonNode c = json.readTree(line);
      String name = c.get("check_id").asText() + " " + c.get("test").asText();
      try {
        DockerfileParser.parse(name, c.get("input").asText());
        parsed++;
      } catch (InputException e) {
        assertThat(c.get("kind").asText()).as(name).isEqualTo("rego-unit-test");
        failures.put(name, e.describe().substring(name.length() + 1));
      }
    }

    // Every failure is a case rebuilt from Trivy's parsed JSON that is not a valid Dockerfile
    // (BuildKit rejects each with the same message); every example file parses.
    assertThat(failures)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry(
                        "DS-0001 test_allow_from_with_only_arg_without_default_value",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_allow_tag_ref_to_global_arg_without_default_value",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_deny_empty_tag_arg",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_deny_global_arg_is_overrided_to_latest",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_deny_image_ref_to_global_arg_without_default_value",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_deny_image_ref_to_multiple_args_but_tag_latest",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0001 test_deny_latest_tag_ref_to_global_arg_with_default_value",
                        "1: FROM requires either one or three arguments"),
                    Map.entry(
                        "DS-0002 test_empty_user_denied", "2: USER requires exactly one argument"),
                    Map.entry(
                        "DS-0002 test_multi_stage_build_denied_if_last_stage_does_not_specify_user",
                        "4: COPY requires at least two arguments, but only one was provided."
                            + " Destination could not be determined"),
                    Map.entry("DS-0006 test_basic_allowed", "6: unknown instruction: COMMENT"),
                    Map.entry(
                        "DS-0017 test_non_package_manager_update_allowed",
                        "1: FROM requires either one or three arguments"))));
    assertThat(parsed).isEqualTo(lines.size() - failures.size()).isEqualTo(199);
  }
}
