package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.harden.image.Descriptor;
import dev.harden.image.ImageOptions;
import dev.harden.image.ImageReference;
import dev.harden.image.MediaTypes;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers a real registry would not give, from a loopback HTTP server: oversized manifests, lying
 * digests, endless redirects, a redirect to another host (credentials must not follow), busy
 * answers with Retry-After.
 */
class HostileRegistryTest {

  static final String PASSWORD = "hunter2-very-secret";
  static final byte[] MANIFEST = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
      + "\",\"config\":{\"mediaType\":\"x\",\"digest\":\"sha256:" + "0".repeat(64)
      + "\",\"size\":2},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);

  HttpServer registry;
  HttpServer storage;
  final List<String> storageAuthHeaders = new CopyOnWriteArrayList<>();
  final List<String> registryAuthHeaders = new CopyOnWriteArrayList<>();
  int busy;

  @BeforeEach
  void start() throws IOException {
    storage = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    storage.createContext("/", ex -> {
      storageAuthHeaders.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      reply(ex, 200, "blob".getBytes(StandardCharsets.UTF_8), null);
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
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    registryAuthHeaders.add(String.valueOf(auth));
    if (auth == null) {
      ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
      reply(ex, 401, new byte[0], null);
      return;
    }
    String path = ex.getRequestURI().getPath();
    switch (path) {
      case "/v2/big/manifests/v1" -> reply(ex, 200, new byte[5 << 20], null);
      case "/v2/lie/manifests/v1" -> reply(ex, 200, MANIFEST,
          "sha256:" + "1".repeat(64));
      case "/v2/loop/manifests/v1" -> {
        ex.getResponseHeaders().add("Location", "/v2/loop/manifests/v1");
        reply(ex, 302, new byte[0], null);
      }
      case "/v2/busy/manifests/v1" -> {
        if (busy++ < 1) {
          ex.getResponseHeaders().add("Retry-After", "1");
          reply(ex, 429, new byte[0], null);
        } else {
          reply(ex, 200, MANIFEST, Digest.sha256(MANIFEST).toString());
        }
      }
      default -> {
        if (path.startsWith("/v2/app/blobs/")) {
          ex.getResponseHeaders().add("Location", "http://localhost:"
              + storage.getAddress().getPort() + "/bucket/blob?sig=1");
          reply(ex, 307, new byte[0], null);
        } else {
          reply(ex, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"nope\"}]}"
              .getBytes(StandardCharsets.UTF_8), null);
        }
      }
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

  private RegistryClient client(String repo) {
    return RegistryClient.create(
        ImageReference.parse("127.0.0.1:" + registry.getAddress().getPort() + "/" + repo + ":v1"),
        RegistryOptions.from(ImageOptions.defaults()), new Credential("me", PASSWORD));
  }

  @Test
  void manifestOverFourMegabytesIsRefused() {
    assertThatThrownBy(() -> client("big").resolveDigest())
        .isInstanceOf(RegistryException.BadResponse.class)
        .hasMessageContaining("maxManifestBytes");
  }

  @Test
  void digestHeaderThatDoesNotMatchTheBytesIsRefused() {
    assertThatThrownBy(() -> client("lie").resolveDigest())
        .isInstanceOf(RegistryException.BadResponse.class)
        .hasMessageContaining("Docker-Content-Digest says sha256:1111");
  }

  @Test
  void endlessRedirectsStop() {
    assertThatThrownBy(() -> client("loop").resolveDigest())
        .isInstanceOf(RegistryException.BadResponse.class)
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void busyRegistryIsRetriedAfterRetryAfter() throws Exception {
    assertThat(client("busy").resolveDigest()).isEqualTo(Digest.sha256(MANIFEST));
    assertThat(busy).isEqualTo(2);
  }

  @Test
  void notFoundCarriesTheRegistrysErrorCode() {
    assertThatThrownBy(() -> client("absent").resolveDigest())
        .isInstanceOf(RegistryException.NotFound.class)
        .hasMessageContaining("MANIFEST_UNKNOWN");
  }

  @Test
  void redirectToAnotherHostIsFollowedWithoutCredentials() throws Exception {
    Descriptor blob = new Descriptor("x", Digest.sha256("blob".getBytes(StandardCharsets.UTF_8)),
        4);
    try (InputStream in = client("app").blob(blob)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("blob");
    }
    assertThat(registryAuthHeaders).anyMatch(h -> h.startsWith("Basic "));
    assertThat(storageAuthHeaders).containsExactly("null");
  }

  @Test
  void credentialsNeverAppearInErrors() {
    for (String repo : List.of("big", "lie", "loop", "absent")) {
      assertThatThrownBy(() -> client(repo).resolveDigest())
          .satisfies(e -> assertThat(((InputException) e).describe())
              .doesNotContain(PASSWORD).doesNotContain("aHVudGVy").doesNotContain("bWU6"));
    }
  }
}
