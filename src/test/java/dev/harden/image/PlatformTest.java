package dev.harden.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void parsesAndMatchesLikeDocker() {
    Platform arm = Platform.parse("linux/arm64");
    assertThat(arm.matches(new Platform("linux", "arm64", "v8"))).isTrue();
    assertThat(Platform.parse("linux/arm64/v8").matches(new Platform("linux", "arm64", null)))
        .isTrue();
    assertThat(Platform.parse("linux/arm/v7").matches(new Platform("linux", "arm", "v6")))
        .isFalse();
    assertThat(Platform.LINUX_AMD64.matches(new Platform("linux", "arm64", null))).isFalse();
    assertThat(Platform.LINUX_AMD64.matches(new Platform("windows", "amd64", null))).isFalse();
    assertThat(Platform.parse("Linux/AMD64").toString()).isEqualTo("linux/amd64");
    assertThatThrownBy(() -> Platform.parse("amd64")).isInstanceOf(IllegalArgumentException.class);
  }
}
