package dev.harden.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.io.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlPatcherTest {

  private static final List<String> RORFS = List.of("securityContext", "readOnlyRootFilesystem");
  private static final List<String> DROP = List.of("securityContext", "capabilities", "drop");

  /** Applies one change made on the first container of the first document's pod spec. */
  private static String patch(String yaml, boolean append, List<String> path, NewValue value)
      throws InputException {
    ManifestFile file = new ManifestLoader().parse("t.yaml", yaml);
    YamlMap root = file.documents().get(0).rootMap().orElseThrow();
    YamlMap container =
        (YamlMap) root.map("spec").orElseThrow().seq("containers").orElseThrow().items().get(0);
    YamlPatcher patcher = new YamlPatcher(file);
    TextChange change =
        (append ? patcher.append(container, path, value) : patcher.set(container, path, value)).orElseThrow();
    String text = file.source().text();
    String out = text.substring(0, change.start()) + change.replacement() + text.substring(change.end());
    new ManifestLoader().parse("patched.yaml", out); // still loads
    return out;
  }

  @Test
  void insertsIntoAnExistingBlockMappingAfterATrailingComment() throws InputException {
    String in = "spec:\n  containers:\n  - name: a\n    securityContext:\n      runAsUser: 1000 # uid\n    # ports next\n    ports: []\n";
    assertThat(patch(in, false, RORFS, NewValue.bool(true)))
        .isEqualTo(
            "spec:\n  containers:\n  - name: a\n    securityContext:\n      runAsUser: 1000 # uid\n"
                + "      readOnlyRootFilesystem: true\n    # ports next\n    ports: []\n");
  }

  @Test
  void insertsNestedMappingsInTheFilesSequenceStyle() throws InputException {
    String flush = "spec:\n  containers:\n  - name: a\n    image: x\n";
    assertThat(patch(flush, true, DROP, NewValue.string("ALL")))
        .isEqualTo(flush + "    securityContext:\n      capabilities:\n        drop:\n        - ALL\n");
    String indented = "spec:\n    containers:\n        -   name: a\n            image: x\n";
    assertThat(patch(indented, true, DROP, NewValue.string("ALL")))
        .isEqualTo(
            indented
                + "            securityContext:\n                capabilities:\n"
                + "                    drop:\n                        - ALL\n");
  }

  @Test
  void changesAScalarInPlaceKeepingCommentAndAnchor() throws InputException {
    String in = "spec:\n  containers:\n  - securityContext:\n      readOnlyRootFilesystem: &ro false  # TODO\n";
    assertThat(patch(in, false, RORFS, NewValue.bool(true)))
        .isEqualTo("spec:\n  containers:\n  - securityContext:\n      readOnlyRootFilesystem: &ro true  # TODO\n");
  }

  @Test
  void fillsANullValueKeepingItsComment() throws InputException {
    assertThat(patch("spec:\n  containers:\n  - securityContext:\n    name: a\n", false, RORFS, NewValue.bool(true)))
        .isEqualTo("spec:\n  containers:\n  - securityContext:\n      readOnlyRootFilesystem: true\n    name: a\n");
    assertThat(patch("spec:\n  containers:\n  - securityContext: null # later\n", false, RORFS, NewValue.bool(true)))
        .isEqualTo("spec:\n  containers:\n  - securityContext: # later\n      readOnlyRootFilesystem: true\n");
  }

  @Test
  void flowMappingsGetFlowText() throws InputException {
    assertThat(patch("spec:\n  containers:\n  - {name: a, securityContext: {runAsUser: 1}}\n", false, RORFS, NewValue.bool(true)))
        .isEqualTo("spec:\n  containers:\n  - {name: a, securityContext: {runAsUser: 1, readOnlyRootFilesystem: true}}\n");
    assertThat(patch("spec:\n  containers:\n  - {name: a, securityContext: {}}\n", true, DROP, NewValue.string("ALL")))
        .isEqualTo("spec:\n  containers:\n  - {name: a, securityContext: {capabilities: {drop: [ALL]}}}\n");
    assertThat(patch("spec:\n  containers:\n  - securityContext:\n      capabilities: {drop: [NET_RAW]}\n", true, DROP, NewValue.string("ALL")))
        .isEqualTo("spec:\n  containers:\n  - securityContext:\n      capabilities: {drop: [NET_RAW, ALL]}\n");
  }

  @Test
  void jsonGetsQuotedKeysAndItsOwnIndentation() throws InputException {
    String in = "{\n\t\"spec\": {\n\t\t\"containers\": [\n\t\t\t{\n\t\t\t\t\"name\": \"a\"\n\t\t\t}\n\t\t]\n\t}\n}\n";
    assertThat(patch(in, true, DROP, NewValue.string("ALL")))
        .isEqualTo(
            "{\n\t\"spec\": {\n\t\t\"containers\": [\n\t\t\t{\n\t\t\t\t\"name\": \"a\",\n"
                + "\t\t\t\t\"securityContext\": {\"capabilities\": {\"drop\": [\"ALL\"]}}\n\t\t\t}\n\t\t]\n\t}\n}\n");
  }

  @Test
  void insertsAfterABlockScalar() throws InputException {
    String in = "spec:\n  containers:\n  - name: a\n    command: |\n      echo hi\n\nstatus: {}\n";
    assertThat(patch(in, false, RORFS, NewValue.bool(true)))
        .isEqualTo(
            "spec:\n  containers:\n  - name: a\n    command: |\n      echo hi\n\n"
                + "    securityContext:\n      readOnlyRootFilesystem: true\nstatus: {}\n");
  }

  @Test
  void overridesAMergedKeyInsteadOfEditingTheSharedAnchor() throws InputException {
    String in =
        "base: &sc {readOnlyRootFilesystem: false}\nspec:\n  containers:\n  - name: a\n    securityContext:\n      <<: *sc\n";
    assertThat(patch(in, false, RORFS, NewValue.bool(true)))
        .isEqualTo(in + "      readOnlyRootFilesystem: true\n");
  }

  @Test
  void appendsToABlockSequenceAtItsDashColumn() throws InputException {
    String in = "spec:\n  containers:\n  - securityContext:\n      capabilities:\n        drop:\n          - NET_RAW\n";
    assertThat(patch(in, true, DROP, NewValue.string("ALL"))).isEqualTo(in + "          - ALL\n");
  }

  @Test
  void keepsCrlfLineEndings() throws InputException {
    String in = "spec:\r\n  containers:\r\n  - name: a\r\n";
    assertThat(patch(in, false, RORFS, NewValue.bool(true)))
        .isEqualTo(in.substring(0, in.length() - 2) + "\r\n    securityContext:\r\n      readOnlyRootFilesystem: true\r\n");
  }

  @Test
  void refusesWhenSomethingElseIsInTheWay() throws InputException {
    ManifestFile file = new ManifestLoader().parse("t.yaml", "securityContext: oops\n");
    YamlMap root = file.documents().get(0).rootMap().orElseThrow();
    assertThat(new YamlPatcher(file).set(root, RORFS, NewValue.bool(true))).isEmpty();
  }
}
