package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void replacesTheFileAndLeavesNoTemporaryBehind(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "old");
    AtomicFiles.write(target, "new".getBytes());
    assertThat(Files.readString(target)).isEqualTo("new");
    try (var s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(target);
    }
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("absent/x.json"), new byte[0]))
        .isInstanceOf(IOException.class);
  }
}
