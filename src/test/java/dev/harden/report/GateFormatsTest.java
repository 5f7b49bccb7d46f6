package dev.harden.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.CatalogContext;
import dev.harden.config.HardenConfig;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.pipeline.GateRun;
import dev.harden.pipeline.GateSettings;
import dev.harden.pipeline.ReachSettings;
import dev.harden.pipeline.ImagePipeline;
import dev.harden.policy.Verdict;
import dev.harden.report.builtin.BuiltinReporters;
import dev.harden.report.html.HtmlGateReporter;
import dev.harden.report.markdown.MarkdownGateReporter;
import dev.harden.report.sarif.SarifSchema;
import dev.harden.vulndb.TestDb;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every gate format rendered from one real run: node-app (the image and the Dockerfile it was
 * built from), the example Deployment, an allowlist with an expired, a stale and an in-force
 * entry, and an OpenVEX statement; each format checked against its schema or in a browser.
 */
class GateFormatsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final RenderOptions OPTIONS = RenderOptions.plain("0.1.0");
  static final String DOCKERFILE = "../shared/images/dockerfiles/node-app.Dockerfile";

  @TempDir static Path dir;
  static GateReport report;
  static BuiltinReporters reporters = BuiltinReporters.create();

  @BeforeAll
  static void gateNodeApp() throws Exception {
    Path db = TestDb.shared(dir);
    Path allow = Files.writeString(dir.resolve(".harden-allow.yaml"), """
        - id: GHSA-35jh-r3h4-6jhm
          reason: expired on purpose
          ticket: SEC-1
          expires: 2020-01-01
        - id: CVE-2099-0001
          reason: nothing has it
          expires: 2027-01-01
        - id: DL3002
          path: "**/node-app.Dockerfile"
          reason: the fixture runs as root on purpose
          ticket: SEC-9
          expires: 2026-12-31
        """);
    Path vex = Files.writeString(dir.resolve("vex.json"), """
        {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/node-app",
         "author": "shop security", "timestamp": "2026-05-01T00:00:00Z", "version": 1,
         "statements": [{"vulnerability": {"name": "CVE-2020-8203"},
           "products": [{"@id": "pkg:npm/lodash@4.17.15"}], "status": "not_affected",
           "justification": "vulnerable_code_not_in_execute_path",
           "impact_statement": "zipObjectDeep is never called"}]}
        """);
    GateSettings settings = new GateSettings(HardenConfig.DEFAULTS, db, Optional.empty(),
        Optional.of(allow), List.of(vex), LocalDate.parse("2026-06-01"), ReachSettings.DEFAULTS);
    ImagePipeline images = new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(),
        ContentSelector.NONE);
    report = new GateRun(settings, images).run("ci", new GateRun.Inputs(
        Optional.of(Path.of(DOCKERFILE)), List.of("examples/node-app/deployment.yaml"),
        Optional.of("../shared/images/node-app.docker.tar"), Optional.empty()),
        InputStream.nullInputStream());
  }

  static String render(String format) {
    return reporters.gate(format).orElseThrow().render(report, OPTIONS);
  }

  static JsonNode byId(JsonNode list, String id, String purlPart) {
    for (JsonNode n : list) {
      if (n.path("id").asText().equals(id) && n.path("purl").asText().contains(purlPart)) {
        return n;
      }
    }
    throw new AssertionError(id + " not in the report");
  }

  @Test
  void everyFormatIsRegisteredOnceAndListedInHelp() {
    List<String> formats = reporters.gate().stream().map(Reporter::format).toList();
    assertThat(String.join(", ", formats)).isEqualTo(BuiltinReporters.GATE_FORMATS);
  }

  @Test
  void jsonKeepsTheScanFieldsAndAddsTheGate() throws Exception {
    JsonNode root = JSON.readTree(render("json"));
    assertThat(root.get("schemaVersion").asText()).isEqualTo("1.1");
    assertThat(root.get("verdict").asText()).isEqualTo("block");
    assertThat(root.get("image").get("digest").asText()).startsWith("sha256:");
    assertThat(root.get("packages").size()).isGreaterThan(100);
    JsonNode vex = byId(root.get("vulnerabilities"), "GHSA-p6mc-m468-83gw", "lodash");
    for (String field : List.of("id", "aliases", "package", "purl", "installed", "fixed",
        "fixState", "containment", "severity", "cvss", "severitySource", "layer", "summary",
        "evidence")) {
      assertThat(vex.has(field)).as(field).isTrue();
    }
    assertThat(vex.get("verdict").asText()).isEqualTo("suppressed");
    assertThat(vex.get("policyVerdict").asText()).isEqualTo("ticket");
    assertThat(vex.get("decidedBy").asText()).isEqualTo("high");
    assertThat(vex.get("suppressedBy").get("source").asText()).isEqualTo("vex");
    assertThat(vex.get("suppressedBy").get("justification").asText())
        .isEqualTo("vulnerable_code_not_in_execute_path");
    assertThat(vex.get("dockerfile").get("line").asInt()).isEqualTo(5);
    // the other lodash advisory: named by an expired entry, so not suppressed
    JsonNode expired = byId(root.get("vulnerabilities"), "GHSA-35jh-r3h4-6jhm", "lodash");
    assertThat(expired.get("verdict").asText()).isEqualTo("ticket");
    assertThat(expired.get("suppressedBy").isNull()).isTrue();
    assertThat(expired.get("expiredAllowance").get(0).get("line").asInt()).isEqualTo(1);
    JsonNode allow = root.get("allowlist");
    assertThat(allow.get("expired").get(0).get("id").asText()).isEqualTo("GHSA-35jh-r3h4-6jhm");
    assertThat(allow.get("expired").get(0).get("matched").asInt()).isEqualTo(1);
    assertThat(allow.get("stale").get(0).get("id").asText()).isEqualTo("CVE-2099-0001");
    assertThat(allow.get("warnings")).isEmpty();
    // the root user, waived by its hadolint alias
    JsonNode root5 = null;
    for (JsonNode f : root.get("findings")) {
      if (f.get("rule").asText().equals("HD005")) {
        root5 = f;
      }
    }
    assertThat(root5).isNotNull();
    assertThat(root5.get("hardening").asInt()).isEqualTo(4);
    assertThat(root5.get("verdict").asText()).isEqualTo("suppressed");
    assertThat(root5.get("policyVerdict").asText()).isEqualTo("block");
    assertThat(root5.get("suppressedBy").get("ticket").asText()).isEqualTo("SEC-9");
    assertThat(root.get("workloads")).isNotNull();
    assertThat(root.get("summary").get("suppressed").asInt()).isEqualTo(2);
  }

  @Test
  void layersPointAtTheDockerfileInstructionThatMadeThem() {
    assertThat(report.layerSources()).containsEntry(0, new LayerSource(DOCKERFILE, 2, "FROM", true))
        .containsEntry(1, new LayerSource(DOCKERFILE, 2, "FROM", true))
        .containsEntry(2, new LayerSource(DOCKERFILE, 5, "COPY", false));
  }

  @Test
  void sarifValidatesAndPointsAtDockerfileLines() throws Exception {
    JsonNode sarif = JSON.readTree(render("sarif"));
    assertThat(SarifSchema.violations(sarif)).isEmpty();
    Map<String, Integer> lines = new java.util.TreeMap<>();
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      String key = r.get("ruleId").asText() + " " + r.path("properties").path("purl").asText("");
      if (loc.get("artifactLocation").get("uri").asText().endsWith("node-app.Dockerfile")) {
        lines.put(key, loc.get("region").get("startLine").asInt());
      }
    }
    assertThat(lines).containsEntry("GHSA-xvch-5gv4-984h pkg:npm/minimist@1.2.0", 5);
    assertThat(lines.entrySet()).anyMatch(e -> e.getKey().startsWith("DEBIAN-CVE-2026-13221")
        && e.getValue() == 2);
    JsonNode suppressed = null;
    for (JsonNode r : sarif.get("runs").get(0).get("results")) {
      if (r.has("suppressions")) {
        suppressed = r;
      }
    }
    assertThat(suppressed).isNotNull();
    assertThat(suppressed.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
  }

  @Test
  void junitValidatesAgainstJenkinsSchema() throws Exception {
    String xml = render("junit");
    var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(GateFormatsTest.class.getResource("/schemas/junit-jenkins.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    long blockOrWarn = report.counts().get(Verdict.BLOCK) + report.counts().get(Verdict.WARN);
    assertThat(xml.split("<testcase ", -1).length - 1).isEqualTo((int) blockOrWarn);
    assertThat(xml.split("<failure ", -1).length - 1)
        .isEqualTo(report.counts().get(Verdict.BLOCK));
    assertThat(xml).contains("classname=\"harden.dockerfile.error\"");
  }

  @Test
  void cycloneDxValidatesAndCarriesTheVexAnalysis() throws Exception {
    String bom = render("cyclonedx");
    assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    JsonNode tree = JSON.readTree(bom);
    JsonNode lodash = null;
    for (JsonNode v : tree.get("vulnerabilities")) {
      if (v.get("id").asText().equals("GHSA-p6mc-m468-83gw")) {
        lodash = v;
      }
    }
    assertThat(lodash).isNotNull();
    assertThat(lodash.get("analysis").get("state").asText()).isEqualTo("not_affected");
    assertThat(lodash.get("analysis").get("justification").asText())
        .isEqualTo("code_not_reachable");
    String ref = lodash.get("affects").get(0).get("ref").asText();
    assertThat(tree.get("components").findValuesAsText("bom-ref")).contains(ref);
    assertThat(tree.get("vulnerabilities").size()).isEqualTo(report.vulnerabilities().size());
  }

  @Test
  void markdownDegradesGracefullyUnderItsLimit() {
    String full = render("markdown");
    assertThat(full.length()).isLessThan(MarkdownGateReporter.DEFAULT_LIMIT);
    assertThat(full).startsWith("## harden ci: \u274c **BLOCK**").contains("| block |")
        .contains("**expired**").contains("**stale**");
    String small = new MarkdownGateReporter(3000).render(report, OPTIONS);
    assertThat(small.length()).isLessThan(3000);
    assertThat(small).contains("| verdict | vulnerabilities | findings |");
    assertThat(small).containsPattern("and \\d+ more|\\d+ more, not shown");
    // the summary comes first whatever is cut
    assertThat(small.indexOf("| verdict |")).isLessThan(small.indexOf("### "));
  }

  @Test
  void textGroupsByVerdict() {
    String text = render("text");
    assertThat(text).contains("\nBLOCK (").contains("\nTICKET (").contains("\nSUPPRESSED (2)");
    assertThat(text.indexOf("\nBLOCK (")).isLessThan(text.indexOf("\nTICKET ("));
    assertThat(text).contains("expired ").contains("stale ").contains("suppressed by VEX");
    assertThat(text).contains("result: BLOCK");
  }

  @Test
  void htmlIsSelfContainedAndRendersInChromiumWithoutConsoleErrors() throws Exception {
    String html = new HtmlGateReporter().render(report, OPTIONS);
    assertThat(html).doesNotContainPattern("(?i)<script|<link|src=|url\\(|@import");
    Path out = Path.of("target", "gate-report");
    Files.createDirectories(out);
    Path page = Files.writeString(out.resolve("node-app.html"), html);
    String chromium = chromium();
    if (chromium == null) {
      System.err.println("SKIPPED: GateFormatsTest HTML rendering: no chromium on PATH"
          + " (apt-get install chromium; .ci/install-packages does)");
    }
    Assumptions.assumeTrue(chromium != null, "chromium not installed");
    Path shot = out.resolve("node-app.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    Result r = run(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,1600",
        "--screenshot=" + shot, "--enable-logging=stderr", "--v=0",
        page.toUri().toString());
    assertThat(Files.size(shot)).as(r.err()).isGreaterThan(10_000);
    assertThat(r.err()).doesNotContain(":CONSOLE(").doesNotContain("Refused to");
    Result dom = run(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + dir.resolve("chromium-profile"), "--dump-dom",
        page.toUri().toString());
    assertThat(dom.out()).contains("class=\"verdict block\"").contains("GHSA-xvch-5gv4-984h");
  }

  record Result(String out, String err) {}

  private static Result run(String... command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    return new Result(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String chromium() {
    for (String name : new ArrayList<>(List.of("chromium", "chromium-browser"))) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
          return Path.of(d, name).toString();
        }
      }
    }
    return null;
  }
}
