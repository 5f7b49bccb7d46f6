package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.FixProblem;
import dev.harden.fix.pin.RegistryDigests;
import dev.harden.image.ImageOptions;
import dev.harden.image.MediaTypes;
import dev.harden.image.registry.RegistryOptions;
import dev.harden.io.Digest;
import dev.harden.report.FixReport;
import dev.harden.report.RenderOptions;
import dev.harden.report.json.JsonFixReporter;
import dev.harden.report.sarif.SarifFixReporter;
import dev.harden.report.text.TextFixReporter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that answers badly (a manifest over 4 MiB, a digest that does not match the bytes,
 * redirects without end, a redirect to another host): each pin becomes a problem whose reason
 * names the registry in one clean line, the redirect is followed without the credentials, and the
 * password never reaches the text or JSON output.
 */
class HostileRegistryPinningTest {

  static final String USER = "pinner";
  static final String PASSWORD = "hunter2-not-for-output";
  static final byte[] MANIFEST = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
      + "\",\"config\":{\"mediaType\":\"x\",\"digest\":\"sha256:" + "0".repeat(64)
      + "\",\"size\":2},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);

  HttpServer registry;
  HttpServer storage;
  final List<String> storageAuthorization = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    storage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    storage.createContext("/", ex -> {
      storageAuthorization.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      reply(ex, 200, MANIFEST, null);
    });
    storage.start();
    registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry.createContext("/", this::handle);
    registry.start();
  }

  @AfterEach
  void stop() {
    registry.stop(0);
    storage.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    if (ex.getRequestHeaders().getFirst("Authorization") == null) {
      ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"pins\"");
      reply(ex, 401, new byte[0], null);
      return;
    }
    switch (ex.getRequestURI().getPath()) {
      case "/v2/big/manifests/v1" -> reply(ex, 200, new byte[5 << 20], null);
      case "/v2/lie/manifests/v1" -> reply(ex, 200, MANIFEST, "sha256:" + "1".repeat(64));
      case "/v2/loop/manifests/v1" -> {
        ex.getResponseHeaders().add("Location", "/v2/loop/manifests/v1");
        reply(ex, 302, new byte[0], null);
      }
      case "/v2/moved/manifests/v1" -> {
        ex.getResponseHeaders().add("Location", "http://localhost:"
            + storage.getAddress().getPort() + "/bucket/manifest?sig=1");
        reply(ex, 307, new byte[0], null);
      }
      default -> reply(ex, 404, new byte[0], null);
    }
  }

  private static void reply(HttpExchange ex, int status, byte[] body, String digest)
      throws IOException {
    if (digest != null) {
      ex.getResponseHeaders().add("Docker-Content-Digest", digest);
    }
    ex.getResponseHeaders().add("Content-Type", MediaTypes.OCI_MANIFEST);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  @Test
  void badAnswersBecomeCleanProblemsAndCredentialsStayOut(@TempDir Path tmp) throws Exception {
    String host = "127.0.0.1:" + registry.getAddress().getPort();
    Path config = tmp.resolve("config.json");
    String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    Files.writeString(config, "{\"auths\":{\"" + host + "\":{\"auth\":\"" + auth + "\"}}}");
    RegistryDigests digests = new RegistryDigests(RegistryOptions.from(
        ImageOptions.defaults().withDockerConfig(config)).withMaxAttempts(1));
    String text = "FROM " + host + "/big:v1 AS a\nFROM " + host + "/lie:v1 AS b\n"
        + "FROM " + host + "/loop:v1 AS c\nFROM " + host + "/moved:v1\n";
    DockerfileFixResult result = new DockerfileFixer(DockerfileFixOptions.safeOnly(digests))
        .fix(DockerfileParser.parse("Dockerfile", text));

    Map<Integer, String> reasons = result.problems().stream()
        .collect(Collectors.toMap(p -> p.location().line(), FixProblem::reason));
    assertThat(reasons.get(1)).startsWith(host + ": ").contains("maxManifestBytes");
    assertThat(reasons.get(2)).startsWith(host + ": ").contains("Docker-Content-Digest");
    assertThat(reasons.get(3)).startsWith(host + ": ").contains("redirects");
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(p.blocking()).isTrue();
      assertThat(p.reason()).doesNotContain("\n").doesNotContain("Exception");
    });
    assertThat(result.after()).endsWith("FROM " + host + "/moved:v1@"
        + Digest.sha256(MANIFEST) + "\n");
    assertThat(storageAuthorization).containsExactly("null");

    FixReport report = new FixReport(List.of(new FixReport.FileResult("Dockerfile", "dockerfile",
        result.before(), result.after(), result.applied(), result.notApplied(),
        result.problems())), List.of(), false);
    Function<String, String> check = out -> {
      assertThat(out).doesNotContain(PASSWORD).doesNotContain(auth)
          .doesNotContain(auth.substring(0, 12));
      return out;
    };
    check.apply(new TextFixReporter().render(report, RenderOptions.plain("test")));
    check.apply(new JsonFixReporter().render(report, RenderOptions.plain("test")));
    check.apply(new SarifFixReporter().render(report, RenderOptions.plain("test")));
  }
}
