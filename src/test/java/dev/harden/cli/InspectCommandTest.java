package dev.harden.cli;

import static dev.harden.cli.InProcessHarden.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.cli.HardenLauncher.Result;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

  @Test
  void nodeAppShowsItsBaseAndFailsOnTheRootUser() {
    Result text = run("inspect", "../shared/images/node-app.docker.tar");
    assertThat(text.code()).as(text.err()).isEqualTo(1);
    assertThat(text.out())
        .contains("base:     localhost/fixtures/node-runtime:latest@sha256:f922efcccf03c79e4aed98921ca719adc86590049a2ce6e4f83cee46044c48bf\n")
        .contains("error IMG001 the image runs as root: user \"root\"")
        .contains("warning IMG003 package manager apt/dpkg: ")
        .doesNotContain("IMG011");
  }

  @Test
  void staticBinaryPassesEveryCheck() throws Exception {
    Result json = run("inspect", "--format", "json", "../shared/images/static-bin.oci.tar");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.path("findings").size()).isZero();
    // buildah records FROM scratch with an empty name and a digest
    assertThat(n.path("image").path("base").path("name").isNull()).isTrue();
    assertThat(n.path("image").path("base").path("digest").asText()).startsWith("sha256:");

    Result text = run("inspect", "../shared/images/static-bin.oci.tar");
    assertThat(text.out()).contains("base:     @sha256:").contains("checks\n  none failed\n");
  }
}
