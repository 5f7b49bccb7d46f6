package dev.harden.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestLoaderTest {

  private final ManifestLoader loader = new ManifestLoader();

  private ManifestFile load(String text) throws InputException {
    return loader.parse("m.yaml", text);
  }

  private static InputException failure(ThrowingLoad load) {
    try {
      load.run();
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError("expected an InputException");
  }

  private interface ThrowingLoad {
    void run() throws InputException;
  }

  @Test
  void multiDocumentStreamKeepsPositionsAndIndexes() throws InputException {
    ManifestFile file = load("# head\n---\napiVersion: v1\nkind: Pod\n---\n---\nkind: Service\n");
    assertThat(file.documents()).hasSize(3);
    YamlMap pod = file.documents().get(0).rootMap().orElseThrow();
    YamlMap.Entry kind = pod.entry("kind").orElseThrow();
    assertThat(file.source().line(kind.key().start())).isEqualTo(4);
    assertThat(file.source().column(kind.value().start())).isEqualTo(7);
    assertThat(file.documents().get(1).rootMap()).isEmpty();
    assertThat(file.documents().get(2).index()).isEqualTo(2);
  }

  @Test
  void blockCollectionsEndAtTheirLastValueNotAtTheNextToken() throws InputException {
    String text = "a:\n  b: 1  # note\n# trailing comment\nc: 2\n";
    YamlMap root = load(text).documents().get(0).rootMap().orElseThrow();
    YamlMap a = root.map("a").orElseThrow();
    assertThat(text.substring(a.start(), a.end())).isEqualTo("b: 1");
  }

  @Test
  void aliasesShareTheAnchoredNodeAndMergeKeysAreHonoured() throws InputException {
    String text = "base: &b {runAsUser: 1000}\nctx:\n  <<: *b\n  runAsNonRoot: true\nother: *b\n";
    YamlMap root = load(text).documents().get(0).rootMap().orElseThrow();
    YamlMap ctx = root.map("ctx").orElseThrow();
    assertThat(ctx.string("runAsUser")).contains("1000");
    assertThat(ctx.ownsKey("runAsUser")).isFalse();
    assertThat(ctx.keys()).containsExactly("runAsNonRoot", "runAsUser");
    YamlMap.Entry other = root.entry("other").orElseThrow();
    assertThat(other.value()).isSameAs(root.get("base").orElseThrow());
    assertThat(text.substring(other.key().start(), other.valueEnd())).isEqualTo("other: *b");
  }

  @Test
  void jsonIsReadAsJsonEvenWithTabsBetweenTokens() throws InputException {
    String text = "{\n\t\"kind\": \"Pod\",\n\t\"spec\": {\"hostPID\": true}\n}\n{\"kind\": \"Service\"}";
    ManifestFile file = load(text);
    assertThat(file.documents()).hasSize(2);
    YamlMap pod = file.documents().get(0).rootMap().orElseThrow();
    assertThat(pod.flow()).isTrue();
    YamlScalar hostPid = (YamlScalar) pod.map("spec").orElseThrow().get("hostPID").orElseThrow();
    assertThat(hostPid.asBoolean()).contains(true);
    assertThat(file.source().line(hostPid.start())).isEqualTo(3);
    assertThat(text.substring(hostPid.start(), hostPid.end())).isEqualTo("true");
  }

  @Test
  void flowYamlThatIsNotJsonStillLoads() throws InputException {
    YamlMap root = load("{kind: Pod, spec: {hostIPC: yes}}").documents().get(0).rootMap().orElseThrow();
    assertThat(root.string("kind")).contains("Pod");
  }

  @Test
  void quotedBooleansAreStrings() throws InputException {
    YamlMap root = load("a: \"true\"\nb: on\nc: !!str false\n").documents().get(0).rootMap().orElseThrow();
    assertThat(((YamlScalar) root.get("a").orElseThrow()).asBoolean()).isEmpty();
    assertThat(((YamlScalar) root.get("b").orElseThrow()).asBoolean()).contains(true);
    assertThat(((YamlScalar) root.get("c").orElseThrow()).asBoolean()).isEmpty();
  }

  @Test
  void billionLaughsIsRefusedAtTheAliasThatCrossesTheBudget() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    InputException e = failure(() -> load(bomb.toString()));
    assertThat(e.describe()).startsWith("m.yaml:").contains("alias bomb");
    assertThat(e.line()).isBetween(2, 10);
  }

  @Test
  void mergeKeyBombIsRefusedToo() {
    StringBuilder bomb = new StringBuilder("a: &a {k0: v}\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" {<<: [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("], k").append(c).append(": v}\n");
      prev = c;
    }
    assertThat(failure(() -> load(bomb.toString())).getMessage()).contains("alias bomb");
  }

  @Test
  void recursiveAliasIsRefused() {
    InputException e = failure(() -> load("a: &x\n  - *x\n"));
    assertThat(e.getMessage()).contains("recursive alias");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void veryDeepNestingIsRefusedWithoutOverflowingTheStack() {
    String flow = "[".repeat(200_000);
    InputException e = failure(() -> load(flow));
    assertThat(e.getMessage()).contains("nesting is deeper than 128");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      block.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    InputException e2 = failure(() -> load(block.toString()));
    assertThat(e2.getMessage()).contains("nesting");
    assertThat(e2.line()).isEqualTo(129);
    InputException json = failure(() -> load("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
    assertThat(json.getMessage()).contains("nesting is deeper than 128");
  }

  @Test
  void fiftyMegabyteDocumentIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
    byte[] big = new byte[50 << 20];
    Arrays.fill(big, (byte) 'a');
    big[0] = 'x';
    big[1] = ':';
    big[2] = ' ';
    InputException bytes = failure(() -> loader.load("big.yaml", big));
    assertThat(bytes.describe()).isEqualTo("big.yaml: larger than the 16 MiB limit for a manifest file");
    InputException stream = failure(() -> loader.load("-", new ByteArrayInputStream(big)));
    assertThat(stream.source()).isEqualTo("-");
    Path file = dir.resolve("big.yaml");
    Files.write(file, big);
    assertThat(failure(() -> loader.load(file)).getMessage()).contains("16 MiB");
  }

  @Test
  void duplicateKeysAreRefusedWithBothLines() {
    InputException e = failure(() -> load("kind: Pod\nmetadata:\n  name: a\n  name: b\n"));
    assertThat(e.describe()).isEqualTo("m.yaml:4: duplicate key 'name' (first at line 3)");
    InputException json = failure(() -> load("{\"kind\": \"Pod\", \"kind\": \"Job\"}"));
    assertThat(json.getMessage()).contains("invalid JSON").contains("kind");
  }

  @Test
  void tabsForIndentationAreRefusedAtTheirLine() {
    InputException e = failure(() -> load("kind: Pod\nspec:\n\thostPID: true\n"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("invalid YAML").contains("\\t");
  }

  @Test
  void invalidUtf8IsRefusedAtItsLine() {
    byte[] bad = "kind: Pod\nmetadata:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = failure(() -> loader.load("bad.yaml", bad));
    assertThat(e.describe()).startsWith("bad.yaml:3: not valid UTF-8");
  }

  @Test
  void binaryInputIsRefused() {
    byte[] bin = {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3};
    InputException e = failure(() -> loader.load("a.out", bin));
    assertThat(e.getMessage()).startsWith("invalid YAML");
  }

  @Test
  void byteOrderMarkAndCrlfArePreservedInTheSource() throws InputException {
    ManifestFile file = load("\uFEFFkind: Pod\r\nspec: {}\r\n");
    assertThat(file.source().hasByteOrderMark()).isTrue();
    assertThat(file.source().lineSeparator()).isEqualTo("\r\n");
    YamlMap root = file.documents().get(0).rootMap().orElseThrow();
    assertThat(file.source().line(root.entry("spec").orElseThrow().key().start())).isEqualTo(2);
  }

  @Test
  void listKindsYieldTheirItems() throws InputException {
    ManifestFile file =
        load("apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a, namespace: ns}\n- kind: Service\n");
    assertThat(KubeObject.of(file)).extracting(KubeObject::id, KubeObject::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Pod/ns/a", "/items/0"),
            org.assertj.core.groups.Tuple.tuple("Service/(unnamed)", "/items/1"));
  }
}
