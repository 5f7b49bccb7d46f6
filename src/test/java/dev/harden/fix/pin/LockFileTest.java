package dev.harden.fix.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.image.ImageReference;
import dev.harden.io.Digest;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {

  static final Digest A = Digest.parse("sha256:" + "a".repeat(64));
  static final Digest B = Digest.parse("sha256:" + "b".repeat(64));

  @Test
  void roundTripsSortedWithNormalisedKeys(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("harden.lock");
    LockFile lock = LockFile.read(path)
        .with(ImageReference.parse("node:20"), A)
        .with(ImageReference.parse("127.0.0.1:5000/fixtures/app"), B);
    Files.writeString(path, lock.render());
    assertThat(Files.readString(path)).contains("""
        version: 1
        images:
          "127.0.0.1:5000/fixtures/app:latest": "sha256:bbbb""");
    LockFile back = LockFile.read(path);
    assertThat(back.images()).containsOnlyKeys("127.0.0.1:5000/fixtures/app:latest",
        "docker.io/library/node:20");
    assertThat(back.digest(ImageReference.parse("docker.io/library/node:20"))).contains(A);
    assertThat(back.digest(ImageReference.parse("node:21"))).isEmpty();
    assertThat(LockFile.read(dir.resolve("absent.lock")).images()).isEmpty();
  }

  @Test
  void badEntriesNameTheFileAndLine(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("harden.lock");
    Files.writeString(path, "version: 1\nimages:\n  \"node:20\": \"sha256:" + "a".repeat(64)
        + "\"\n");
    assertThatThrownBy(() -> LockFile.read(path)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe())
            .startsWith(path + ":3: ").contains("docker.io/library/node:20"));
    Files.writeString(path, "version: 1\nimages:\n  \"docker.io/library/node:20\": \"latest\"\n");
    assertThatThrownBy(() -> LockFile.read(path)).hasMessageContaining("bad digest");
    Files.writeString(path, "version: 2\n");
    assertThatThrownBy(() -> LockFile.read(path)).hasMessageContaining("version");
    Files.writeString(path, "version: 1\nimages: &a\n  x: *a\n");
    assertThatThrownBy(() -> LockFile.read(path)).isInstanceOf(InputException.class);
  }
}
