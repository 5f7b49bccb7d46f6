package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.harden.dockerfile.DockerfileParser;
import dev.harden.fix.pin.RegistryDigests;
import dev.harden.image.ImageOptions;
import dev.harden.image.registry.LocalRegistry;
import dev.harden.image.registry.RegistryOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bearer-token flow Docker Hub and GHCR use, against Debian's docker-registry configured for
 * token auth: the registry answers 401 with a {@code Bearer realm=…,service=…,scope=…} challenge,
 * harden asks the token service on the realm (anonymously, or with the docker config's
 * credentials as Basic auth), and retries with the token. The token service here is a small JDK
 * HTTP server that signs RS256 JWTs with a key made by {@code openssl} whose certificate the
 * registry trusts ({@code rootcertbundle}); it only grants the pull scope to anonymous callers
 * when the test says so.
 */
class BearerTokenPinningTest {

  static final Path STATIC_BIN = Path.of("../shared/images/static-bin.oci.tar");
  static final String SERVICE = "harden-test-registry";
  static final String ISSUER = "harden-test-token-service";
  static final String PASSWORD = "tok-Secret-7";

  @TempDir Path tmp;
  HttpServer tokens;
  PrivateKey key;
  String certificate;
  volatile boolean anonymousAllowed = true;
  final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTokenService() throws Exception {
    LocalRegistry.assumeTools("openssl", "docker-registry", "skopeo");
    Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
        "-keyout", tmp.resolve("key.pem").toString(), "-out", tmp.resolve("cert.pem").toString(),
        "-days", "2", "-subj", "/CN=harden test token service")
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("openssl req").isTrue();
    String pem = Files.readString(tmp.resolve("key.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    try (var in = Files.newInputStream(tmp.resolve("cert.pem"))) {
      X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(in);
      certificate = Base64.getEncoder().encodeToString(cert.getEncoded());
    }
    tokens = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tokens.createContext("/token", this::token);
    tokens.start();
  }

  @AfterEach
  void stopTokenService() {
    if (tokens != null) {
      tokens.stop(0);
    }
  }

  private void token(HttpExchange ex) throws IOException {
    Map<String, String> request = new TreeMap<>();
    for (String pair : ex.getRequestURI().getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      request.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    String authorization = ex.getRequestHeaders().getFirst("Authorization");
    request.put("authorization", String.valueOf(authorization));
    tokenRequests.add(request);
    boolean allowed = authorization == null ? anonymousAllowed : authorization.equals("Basic "
        + Base64.getEncoder().encodeToString(("puller:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    byte[] body;
    int status;
    if (!allowed) {
      status = 401;
      body = "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}".getBytes(StandardCharsets.UTF_8);
    } else {
      status = 200;
      body = ("{\"token\":\"" + jwt(request.get("scope")) + "\",\"expires_in\":300}")
          .getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  /** A JWT as distribution's token auth wants it, granting the scope asked for. */
  private String jwt(String scope) {
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode header = json.createObjectNode().put("typ", "JWT").put("alg", "RS256");
      header.putArray("x5c").add(certificate);
      long now = Instant.now().getEpochSecond();
      ObjectNode claims = json.createObjectNode().put("iss", ISSUER).put("sub", "")
          .put("aud", SERVICE).put("exp", now + 300).put("nbf", now - 30).put("iat", now)
          .put("jti", UUID.randomUUID().toString());
      String[] parts = scope.split(":");
      ObjectNode access = claims.putArray("access").addObject().put("type", parts[0])
          .put("name", parts[1]);
      for (String action : parts[2].split(",")) {
        access.withArray("actions").add(action);
      }
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String signingInput = b64.encodeToString(json.writeValueAsBytes(header)) + "."
          + b64.encodeToString(json.writeValueAsBytes(claims));
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64.encodeToString(rs256.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private LocalRegistry registry() throws Exception {
    String realm = "http://127.0.0.1:" + tokens.getAddress().getPort() + "/token";
    return LocalRegistry.startWithTokenAuth(realm, SERVICE, ISSUER, tmp.resolve("cert.pem"));
  }

  private static DockerfileFixResult pin(String text, ImageOptions options) throws Exception {
    RegistryDigests digests = new RegistryDigests(RegistryOptions.from(options)
        .withMaxAttempts(2).withTimeout(Duration.ofSeconds(5)));
    return new DockerfileFixer(DockerfileFixOptions.safeOnly(digests))
        .fix(DockerfileParser.parse("Dockerfile", text));
  }

  @Test
  void anonymousTokenPinsTheDigestSkopeoSees() throws Exception {
    try (LocalRegistry registry = registry()) {
      String ref = registry.push("oci-archive:" + STATIC_BIN, "fixtures/app:v1");
      tokenRequests.clear();
      DockerfileFixResult result = pin("FROM " + ref + "\n", ImageOptions.defaults());
      assertThat(result.problems()).isEmpty();
      assertThat(result.after()).isEqualTo("FROM " + ref + "@" + registry.skopeoDigest(ref)
          + "\n");
      assertThat(tokenRequests).first().isEqualTo(Map.of("service", SERVICE,
          "scope", "repository:fixtures/app:pull", "authorization", "null"));
    }
  }

  @Test
  void credentialsGoToTheTokenServiceAndARefusalIsNamed() throws Exception {
    try (LocalRegistry registry = registry()) {
      String ref = registry.push("oci-archive:" + STATIC_BIN, "private/app:v1");
      anonymousAllowed = false;
      tokenRequests.clear();

      DockerfileFixResult anonymous = pin("FROM " + ref + "\n", ImageOptions.defaults());
      assertThat(anonymous.changed()).isFalse();
      assertThat(anonymous.problems()).singleElement().satisfies(p -> {
        assertThat(p.blocking()).isTrue();
        assertThat(p.reason()).startsWith(registry.host() + ": ")
            .contains("the token service refused anonymous access");
      });

      Path config = registry.dockerConfig(tmp.resolve("config.json"), "puller", PASSWORD);
      DockerfileFixResult withCredentials = pin("FROM " + ref + "\n",
          ImageOptions.defaults().withDockerConfig(config));
      assertThat(withCredentials.problems()).isEmpty();
      assertThat(withCredentials.after()).contains("@sha256:");
      assertThat(tokenRequests.get(tokenRequests.size() - 1).get("authorization"))
          .startsWith("Basic ");

      Path wrong = registry.dockerConfig(tmp.resolve("wrong.json"), "puller", "x" + PASSWORD);
      DockerfileFixResult refused = pin("FROM " + ref + "\n",
          ImageOptions.defaults().withDockerConfig(wrong));
      assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.reason())
          .contains("the token service refused the credentials").doesNotContain(PASSWORD));
    }
  }
}
