package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.cli.HardenCommand;
import dev.harden.cli.HardenLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry credentials and tokens never show: every command that reads an image from a registry
 * guarded by a password (htpasswd) behind a Bearer token server ({@link FaultProxy}) runs, in
 * every format, succeeding and failing, in this JVM and as {@code ./harden} with
 * {@code HARDEN_DEBUG=1} (stack traces on), and everything it printed or wrote is searched for the
 * password, the token and their encodings.
 */
class RegistrySecretsTest {

  static final String USER = "ci-robot";
  static final String PASSWORD = "pw-9d1e77ab-very-secret";

  @TempDir Path tmp;

  record Run(List<String> args, int code, String all) {}

  @Test
  void noOutputOfAnAuthenticatedRunHoldsTheCredentialsOrTheToken() throws Exception {
    List<Run> runs = new ArrayList<>();
    try (LocalRegistry registry = LocalRegistry.start(USER, PASSWORD)) {
      registry.push("oci-archive:" + Path.of("../shared/images/distroless-static.oci.tar"),
          "private/app:v1");
      Path db = validDb();
      try (FaultProxy proxy = new FaultProxy(registry.host(), new String[] {USER, PASSWORD},
          (m, path, n) -> FaultProxy.Action.PASS)) {
        String image = proxy.host() + "/private/app:v1";
        Path good = registry.dockerConfig(tmp.resolve("good.json"), USER, PASSWORD);
        Path bad = registry.dockerConfig(tmp.resolve("bad.json"), USER, PASSWORD + "-wrong");
        rewriteHost(good, registry.host(), proxy.host());
        rewriteHost(bad, registry.host(), proxy.host());
        for (String format : List.of("json", "cyclonedx", "spdx")) {
          runs.add(run("sbom", "--format", format, "--docker-config", good.toString(),
              "--output", tmp.resolve("sbom." + format).toString(), image));
        }
        runs.add(run("inspect", "--docker-config", good.toString(), image));
        runs.add(run("inspect", "--format", "json", "--docker-config", good.toString(), image));
        for (String format : List.of("text", "json", "sarif")) {
          runs.add(run("scan", "--format", format, "--db", db.toString(), "--docker-config",
              good.toString(), image));
        }
        runs.add(run("sbom", "--docker-config", bad.toString(), image));
        runs.add(run("sbom", "--docker-config", good.toString(), proxy.host() + "/absent:v1"));
        runs.add(child(List.of("sbom", "--docker-config", bad.toString(), image)));
        runs.add(child(List.of("sbom", "--docker-config", good.toString(),
            proxy.host() + "/private/app@sha256:" + "0".repeat(64))));
        assertThat(proxy.seen).as("a Bearer token was in use")
            .anyMatch(h -> h.equals("Authorization: Bearer " + FaultProxy.TOKEN));
      }
    }
    assertThat(runs).extracting(Run::code).contains(0, 2);
    assertThat(runs.stream().filter(r -> r.code() == 0)).hasSizeGreaterThanOrEqualTo(8);
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    String passwordB64 = Base64.getEncoder().encodeToString(PASSWORD.getBytes(
        StandardCharsets.UTF_8));
    for (Run r : runs) {
      assertThat(r.all()).as(String.join(" ", r.args()))
          .doesNotContain(PASSWORD).doesNotContain(FaultProxy.TOKEN).doesNotContain(basic)
          .doesNotContain(passwordB64).doesNotContainIgnoringCase("authorization:");
    }
    try (var files = Files.list(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString()
          .startsWith("sbom.")).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(PASSWORD)
            .doesNotContain(FaultProxy.TOKEN).doesNotContain(basic).isNotEmpty();
      }
    }
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = HardenCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(List.of(args), code, out.toString(StandardCharsets.UTF_8) + "\n"
        + err.toString(StandardCharsets.UTF_8));
  }

  /** {@code ./harden} with stack traces switched on. */
  private Run child(List<String> args) throws Exception {
    HardenLauncher.Result r = HardenLauncher.run(args, tmp.resolve("child-" + System.nanoTime()),
        120, Map.of("HARDEN_DEBUG", "1"));
    assertThat(r.err()).as("HARDEN_DEBUG=1 shows the trace of the failure").contains("\tat ");
    return new Run(args, r.code(), r.out() + "\n" + r.err());
  }

  private static void rewriteHost(Path config, String from, String to) throws Exception {
    Files.writeString(config, Files.readString(config).replace(from, to));
  }

  private Path validDb() throws Exception {
    Path record = Files.writeString(tmp.resolve("GHSA-x.json"), "{\"id\":\"GHSA-x\","
        + "\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":[{\"package\":{\"ecosystem\":"
        + "\"npm\",\"name\":\"left-pad\"},\"versions\":[\"1.3.0\"]}]}");
    Path db = tmp.resolve("harden.db");
    assertThat(run("db", "import", "--db", db.toString(), record.toString()).code()).isZero();
    return db;
  }
}
