package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full {@code harden lint --format json} output for five real Dockerfiles, compared with
 * golden files that a person has read. When rules change on purpose, regenerate them with
 * {@code ./mvnw -q -B test -Dtest=LintGoldenTest -Dgolden.update=true}, read the diff, and commit.
 */
class LintGoldenTest {

  private static final Path CORPUS = Path.of("../shared/corpus/real-dockerfiles");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/lint");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "GoogleCloudPlatform_microservices-demo__src_emailservice_Dockerfile.Dockerfile",
      "controlplaneio_kubesec__Dockerfile.Dockerfile",
      "docker-library_python__3.14_slim-trixie_Dockerfile.Dockerfile",
      "fluent_fluentd-kubernetes-daemonset__docker-image_v1.19_debian-elasticsearch8_Dockerfile"
          + ".Dockerfile",
      "nginxinc_docker-nginx__modules_Dockerfile.Dockerfile"})
  void jsonReportMatchesGolden(String name) throws Exception {
    Result run = run("lint", "--format", "json", "--failure-threshold", "none",
        CORPUS.resolve(name).toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    Path golden = GOLDEN.resolve(name.replaceFirst("\\.Dockerfile$", "") + ".json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, run.out());
      System.err.println("golden file written: " + golden);
    }
    assertThat(golden).as("golden file (regenerate with -Dgolden.update=true)").exists();
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(run.out())).as("lint output of %s against %s", name, golden)
        .isEqualTo(json.readTree(Files.readString(golden)));
  }

  @Test
  void defaultThresholdFailsTheUnhardenedFixtureForRootAndUnpinnedBase() {
    Result plain = run("lint", "../shared/images/dockerfiles/node-app.Dockerfile");
    assertThat(plain.code()).isEqualTo(ExitCodes.BLOCKED);
    assertThat(plain.out()).contains("error HD001").contains("error HD005");
    Result hardened = run("lint", "../shared/images/dockerfiles/node-app-hardened.Dockerfile");
    assertThat(hardened.out()).doesNotContain("HD005").doesNotContain("HD006");
    assertThat(run("lint", "--failure-threshold", "none",
        "../shared/images/dockerfiles/node-app-hardened.Dockerfile").code()).isZero();
    assertThat(List.of(plain.code(), hardened.code())).allMatch(c -> c == ExitCodes.BLOCKED);
  }
}
