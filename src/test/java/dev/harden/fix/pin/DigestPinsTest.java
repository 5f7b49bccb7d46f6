package dev.harden.fix.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.ImageReference;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestPinsTest {

  static final Digest NET = Digest.parse("sha256:" + "e".repeat(64));

  private final List<String> asked = new ArrayList<>();
  private final DigestResolver network = ref -> {
    asked.add(LockFile.key(ref));
    return new PinnedDigest(NET, ref.registry(), false);
  };

  @Test
  void lockBesideTheDockerfileFirstThenTheNetwork(@TempDir Path dir) throws Exception {
    Path lockPath = dir.resolve("harden.lock");
    Files.writeString(lockPath, LockFile.empty(lockPath)
        .with(ImageReference.parse("node:20"), LockFileTest.A).render());
    DigestPins pins = new DigestPins(network, Optional.empty(), false);
    DigestResolver r = pins.forDockerfile(dir.resolve("Dockerfile"));
    assertThat(r.resolve(ImageReference.parse("node:20")))
        .isEqualTo(new PinnedDigest(LockFileTest.A, "harden.lock", true));
    assertThat(r.resolve(ImageReference.parse("node:22")).digest()).isEqualTo(NET);
    assertThat(asked).containsExactly("docker.io/library/node:22");
    assertThat(pins.changedLocks()).isEmpty();
  }

  @Test
  void lockWriteRecordsWhatCameFromTheNetworkSoTheSecondRunIsOffline(@TempDir Path dir)
      throws Exception {
    DigestPins first = new DigestPins(network, Optional.empty(), true);
    first.forDockerfile(dir.resolve("Dockerfile")).resolve(ImageReference.parse("debian:12"));
    assertThat(first.changedLocks()).singleElement().satisfies(lock -> {
      assertThat(lock.path()).isEqualTo(dir.resolve("harden.lock").toAbsolutePath());
      assertThat(lock.images()).containsEntry("docker.io/library/debian:12", NET);
    });
    Files.writeString(dir.resolve("harden.lock"), first.changedLocks().get(0).render());

    DigestPins offline = new DigestPins(DigestResolver.OFFLINE, Optional.empty(), false);
    DigestResolver r = offline.forDockerfile(dir.resolve("Dockerfile"));
    assertThat(r.resolve(ImageReference.parse("debian:12")).fromLock()).isTrue();
    assertThatThrownBy(() -> r.resolve(ImageReference.parse("debian:13")))
        .isInstanceOf(InputException.class).hasMessageContaining("offline");
  }

  @Test
  void explicitLockServesEveryDockerfile(@TempDir Path dir) throws Exception {
    Path lock = dir.resolve("ci.lock");
    DigestPins pins = new DigestPins(network, Optional.of(lock), true);
    pins.forDockerfile(dir.resolve("a/Dockerfile")).resolve(ImageReference.parse("node:20"));
    pins.forDockerfile(dir.resolve("b/Dockerfile")).resolve(ImageReference.parse("node:22"));
    assertThat(pins.changedLocks()).singleElement()
        .satisfies(l -> assertThat(l.images()).hasSize(2));
  }
}
