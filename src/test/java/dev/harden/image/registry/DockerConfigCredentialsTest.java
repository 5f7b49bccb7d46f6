package dev.harden.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigCredentialsTest {

  @Test
  void readsAuthsEntriesAsDockerWritesThem(@TempDir Path tmp) throws Exception {
    Path cfg = tmp.resolve("config.json");
    Files.writeString(cfg, "{\"auths\":{"
        + "\"https://index.docker.io/v1/\":{\"auth\":\"aHViOmh1YnBhc3M=\"},"
        + "\"ghcr.io\":{\"username\":\"me\",\"password\":\"tok\"},"
        + "\"localhost:5000\":{\"auth\":\"dXNlcjpwYTpzcw==\"}},"
        + "\"credsStore\":\"desktop\"}");
    assertThat(DockerConfigCredentials.find(cfg, "docker.io").orElseThrow())
        .isEqualTo(new Credential("hub", "hubpass"));
    assertThat(DockerConfigCredentials.find(cfg, "ghcr.io").orElseThrow())
        .isEqualTo(new Credential("me", "tok"));
    // a colon in the password stays in the password
    assertThat(DockerConfigCredentials.find(cfg, "localhost:5000").orElseThrow().password())
        .isEqualTo("pa:ss");
    assertThat(DockerConfigCredentials.find(cfg, "quay.io")).isEmpty();
    assertThat(DockerConfigCredentials.find(tmp.resolve("absent.json"), "ghcr.io")).isEmpty();
    assertThat(new Credential("u", "secret").toString()).doesNotContain("secret");
  }
}
