package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.harden.image.registry.LocalRegistry;
import dev.harden.io.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fix proven by a real build: ../shared/images/dockerfiles/node-app.Dockerfile (root,
 * unpinned) is fixed with {@code harden fix --unsafe --write} against a loopback registry, built
 * with {@code buildah bud --isolation chroot --storage-driver vfs}, and the image runs its app as
 * a non-root user.
 *
 * <p>The base, {@code node-runtime}, is not among the shared archives, but its layers are: the
 * fixture builder made node-app {@code FROM node-runtime} with cached layers, so node-app's first
 * two layers are node-runtime's, byte for byte, and node-app's config history shows where
 * node-runtime ends (its RUN that installs nodejs). The test pushes those two layers with that
 * config (node-app's, cut to two layers, with node-runtime's own settings: PATH and CMD bash) as
 * {@code fixtures/node-runtime:latest}. The build context's {@code app/} is node-app's third
 * layer, unpacked. The Dockerfile's {@code FROM localhost/fixtures/node-runtime:latest} is pointed
 * at the loopback registry's address; everything else is the file as shipped.
 */
class FixCommandBuildTest {

  static final Path IMAGES = Path.of("../shared/images");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fixedNodeAppBuildsAndStartsAsNonRoot(@TempDir Path tmp) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      System.err.println("SKIPPED: FixCommandBuildTest needs root for buildah --isolation chroot");
    }
    Assumptions.assumeTrue(root, "not root");
    LocalRegistry.assumeTools("buildah", "tar");
    try (LocalRegistry registry = LocalRegistry.start()) {
      Path archive = tmp.resolve("node-app");
      Files.createDirectories(archive);
      run(tmp, "tar", "-xf", IMAGES.resolve("node-app.docker.tar").toAbsolutePath().toString(),
          "-C", archive.toString());
      JsonNode index = JSON.readTree(archive.resolve("index.json").toFile());
      JsonNode manifest = JSON.readTree(blob(archive, index.at("/manifests/0/digest").asText())
          .toFile());
      registry.push("oci:" + nodeRuntimeLayout(archive, manifest, tmp.resolve("runtime")),
          "fixtures/node-runtime:latest");

      Path context = tmp.resolve("context");
      Files.createDirectories(context);
      run(tmp, "tar", "-xzf", blob(archive, manifest.at("/layers/2/digest").asText()).toString(),
          "-C", context.toString(), "app");
      String shipped = Files.readString(IMAGES.resolve("dockerfiles/node-app.Dockerfile"));
      assertThat(shipped).contains("FROM localhost/fixtures/node-runtime:latest\n")
          .contains("USER root\n");
      Path dockerfile = Files.writeString(context.resolve("Dockerfile"), shipped.replace(
          "localhost/fixtures/node-runtime", registry.host() + "/fixtures/node-runtime"));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = HardenCommand.run(new String[] {"fix", "--unsafe", "--write",
          dockerfile.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as(out + "\n" + err).isZero();
      String fixed = Files.readString(dockerfile);
      assertThat(fixed).contains("FROM " + registry.host() + "/fixtures/node-runtime:latest@"
          + registry.skopeoDigest(registry.host() + "/fixtures/node-runtime:latest") + "\n")
          .contains("USER 65532:65532\n").doesNotContain("USER root");

      Path storage = tmp.resolve("buildah");
      List<String> buildah = List.of("buildah", "--root", storage.resolve("root").toString(),
          "--runroot", storage.resolve("run").toString(), "--storage-driver", "vfs");
      try {
        run(tmp, concat(buildah, "bud", "--isolation", "chroot", "--tls-verify=false",
            "--pull=always", "-t", "localhost/harden-fixed/node-app:test", context.toString()));
        JsonNode config = JSON.readTree(run(tmp, concat(buildah, "inspect", "--type", "image",
            "localhost/harden-fixed/node-app:test")));
        String user = config.at("/OCIv1/config/User").asText();
        assertThat(user).isEqualTo("65532:65532");
        List<String> entrypoint = new ArrayList<>();
        config.at("/OCIv1/config/Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertThat(entrypoint).containsExactly("node", "/app/server.js");
        String container = run(tmp, concat(buildah, "from", "--pull=never",
            "localhost/harden-fixed/node-app:test")).strip();
        List<String> start = concat(buildah, "run", "--isolation", "chroot", "--env",
            "SELFTEST=1", "--env", "HOST=127.0.0.1", "--env", "PORT=39" + (100 + (int)
            (ProcessHandle.current().pid() % 800)), container, "--");
        start.addAll(entrypoint);
        assertThat(run(tmp, start)).contains("fixture-node-app listening on 127.0.0.1:");
        assertThat(run(tmp, concat(buildah, "run", "--isolation", "chroot", container, "--",
            "id", "-u")).strip()).isEqualTo("65532");
      } finally {
        new ProcessBuilder(concat(buildah, "rm", "--all")).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(2, TimeUnit.MINUTES);
        new ProcessBuilder(concat(buildah, "rmi", "--all", "--force")).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(2, TimeUnit.MINUTES);
      }
    }
  }

  /**
   * An OCI layout of node-runtime: node-app's first two layers and its config cut to them, with
   * node-runtime's settings (the PATH of debian-slim and its CMD, no user, workdir or entrypoint).
   */
  static Path nodeRuntimeLayout(Path archive, JsonNode appManifest, Path dir) throws IOException {
    Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
    ObjectNode config = (ObjectNode) JSON.readTree(blob(archive,
        appManifest.at("/config/digest").asText()).toFile());
    ArrayNode diffIds = (ArrayNode) config.at("/rootfs/diff_ids");
    diffIds.remove(2);
    ArrayNode history = (ArrayNode) config.get("history");
    int layers = 0;
    ArrayNode kept = JSON.createArrayNode();
    for (JsonNode h : history) {
      if (layers == 2) {
        break;
      }
      kept.add(h);
      if (!h.path("empty_layer").asBoolean(false)) {
        layers++;
      }
    }
    config.set("history", kept);
    ObjectNode settings = JSON.createObjectNode();
    settings.putArray("Env").add(config.at("/config/Env/0").asText());
    settings.putArray("Cmd").add("bash");
    config.set("config", settings);
    byte[] configBytes = JSON.writeValueAsBytes(config);
    Files.write(blobs.resolve(Digest.sha256(configBytes).hex()), configBytes);
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("schemaVersion", 2);
    manifest.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
    ObjectNode c = manifest.putObject("config");
    c.put("mediaType", "application/vnd.oci.image.config.v1+json");
    c.put("digest", Digest.sha256(configBytes).toString());
    c.put("size", configBytes.length);
    ArrayNode layerList = manifest.putArray("layers");
    for (int i = 0; i < 2; i++) {
      JsonNode layer = appManifest.at("/layers/" + i);
      layerList.add(layer);
      Files.copy(blob(archive, layer.get("digest").asText()),
          blobs.resolve(layer.get("digest").asText().substring("sha256:".length())));
    }
    byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
    Files.write(blobs.resolve(Digest.sha256(manifestBytes).hex()), manifestBytes);
    ObjectNode index = JSON.createObjectNode();
    index.put("schemaVersion", 2);
    ObjectNode entry = index.putArray("manifests").addObject();
    entry.put("mediaType", "application/vnd.oci.image.manifest.v1+json");
    entry.put("digest", Digest.sha256(manifestBytes).toString());
    entry.put("size", manifestBytes.length);
    Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    return dir;
  }

  static Path blob(Path layout, String digest) {
    return layout.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
  }

  static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  /** Runs a tool with TMPDIR in the test's directory; returns its standard output. */
  static String run(Path tmp, String... cmd) throws Exception {
    return run(tmp, List.of(cmd));
  }

  static String run(Path tmp, List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("tmp")).toString());
    Path log = Files.createTempFile(tmp, "stderr", ".log");
    pb.redirectError(log.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", cmd) + " failed: "
          + Files.readString(log));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

}
