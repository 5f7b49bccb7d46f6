package dev.harden.image.registry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code docker-registry} (distribution 2.8) on 127.0.0.1 with a free port, optionally
 * with htpasswd basic auth, plus {@code skopeo} to push archives into it. Tests that use it skip
 * loudly when the tools are missing ({@code .ci/install-packages} installs them).
 */
public final class LocalRegistry implements AutoCloseable {

  public final String user;
  public final String password;
  private final Path dir;
  private final String address;
  private final int port;
  private Process process;

  private LocalRegistry(Path dir, String address, int port, String user, String password) {
    this.dir = dir;
    this.address = address;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  public static void assumeTools(String... tools) {
    for (String t : tools) {
      boolean found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
          .stream().anyMatch(d -> Files.isExecutable(Path.of(d, t)));
      if (!found) {
        System.err.println("SKIPPED: " + t + " is not installed (apt-get install docker-registry"
            + " skopeo apache2-utils; see .ci/install-packages)");
      }
      Assumptions.assumeTrue(found, t + " not installed");
    }
  }

  /** Starts a registry without authentication. */
  public static LocalRegistry start() throws Exception {
    return start(null, null);
  }

  /**
   * Starts a registry that wants Bearer tokens from {@code realm} (the Docker Hub and GHCR flow):
   * tokens must name {@code service} as audience and {@code issuer}, and be signed by the key of a
   * certificate in {@code rootCertBundle} (sent in the token's {@code x5c} header).
   */
  public static LocalRegistry startWithTokenAuth(String realm, String service, String issuer,
      Path rootCertBundle) throws Exception {
    return start("127.0.0.1", null, null, "auth:\n  token:\n    realm: " + realm + "\n    service: " + service
        + "\n    issuer: " + issuer + "\n    rootcertbundle: " + rootCertBundle + "\n");
  }

  /** Starts a registry; with a user, htpasswd basic auth guards it. */
  public static LocalRegistry start(String user, String password) throws Exception {
    return start("127.0.0.1", user, password, null);
  }

  /**
   * Starts a registry without authentication on another address of this machine (not loopback),
   * where clients speak plain HTTP to it only when told it is insecure.
   */
  public static LocalRegistry startOn(java.net.InetAddress address) throws Exception {
    return start(address.getHostAddress(), null, null, null);
  }

  private static LocalRegistry start(String address, String user, String password,
      String authYaml) throws Exception {
    assumeTools("docker-registry", "skopeo");
    if (user != null) {
      assumeTools("htpasswd");
    }
    Path dir = Files.createTempDirectory("harden-registry-");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(address))) {
      port = s.getLocalPort();
    }
    StringBuilder config = new StringBuilder();
    config.append("version: 0.1\nlog: {level: error}\nstorage:\n  filesystem: {rootdirectory: ")
        .append(dir.resolve("data")).append("}\n  delete: {enabled: true}\nhttp:\n  addr: ").append(address).append(":")
        .append(port).append("\n");
    if (authYaml != null) {
      config.append(authYaml);
    }
    if (user != null) {
      Process h = new ProcessBuilder("htpasswd", "-Bbn", user, password).start();
      String line = new String(h.getInputStream().readAllBytes()).trim();
      h.waitFor();
      Files.writeString(dir.resolve("htpasswd"), line + "\n");
      config.append("auth:\n  htpasswd:\n    realm: harden-test\n    path: ")
          .append(dir.resolve("htpasswd")).append("\n");
    }
    Files.writeString(dir.resolve("config.yml"), config);
    LocalRegistry r = new LocalRegistry(dir, address, port, user, password);
    r.process = new ProcessBuilder("docker-registry", "serve", dir.resolve("config.yml").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
    r.awaitUp();
    return r;
  }

  private void awaitUp() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    for (int i = 0; i < 100; i++) {
      try {
        HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create("http://" + host()
            + "/v2/")).build(), HttpResponse.BodyHandlers.discarding());
        if (resp.statusCode() == 200 || resp.statusCode() == 401) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("docker-registry exited: "
            + Files.readString(dir.resolve("registry.log")));
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("docker-registry did not start");
  }

  public String host() {
    return address + ":" + port;
  }

  /** Pushes an archive ({@code docker-archive:…} or {@code oci-archive:…}) as repo:tag. */
  public String push(String source, String repoTag) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("skopeo", "copy", "--quiet", "--all",
        "--dest-tls-verify=false"));
    if (user != null) {
      cmd.add("--dest-creds=" + user + ":" + password);
    }
    cmd.add(source);
    cmd.add("docker://" + host() + "/" + repoTag);
    run(cmd);
    return host() + "/" + repoTag;
  }

  /** The digest skopeo sees for a reference (a second opinion on digest resolution). */
  public String skopeoDigest(String reference) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("skopeo", "inspect", "--raw", "--tls-verify=false"));
    if (user != null) {
      cmd.add("--creds=" + user + ":" + password);
    }
    cmd.add("docker://" + reference);
    byte[] raw = runBytes(cmd);
    return dev.harden.io.Digest.sha256(raw).toString();
  }

  private static void run(List<String> cmd) throws Exception {
    runBytes(cmd);
  }

  private static byte[] runBytes(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes());
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(cmd.get(0) + " " + cmd.get(1) + " failed: " + err);
    }
    return out;
  }

  /** Stops the registry process (the data stays until {@link #close}). */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** A docker config.json giving these credentials for this registry. */
  public Path dockerConfig(Path where, String u, String p) throws IOException {
    String auth = java.util.Base64.getEncoder().encodeToString((u + ":" + p).getBytes());
    Files.writeString(where, "{\"auths\":{\"" + host() + "\":{\"auth\":\"" + auth + "\"}}}");
    return where;
  }

  @Override
  public void close() throws Exception {
    stop();
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
