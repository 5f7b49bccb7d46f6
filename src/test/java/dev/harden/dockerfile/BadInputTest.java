package dev.harden.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not a usable Dockerfile fails with the file, the line and a plain reason. */
class BadInputTest {

  @TempDir Path dir;

  private static String failure(Path file) {
    try {
      DockerfileParser.parse(file);
    } catch (InputException e) {
      return e.describe();
    }
    throw new AssertionError(file + " parsed");
  }

  @Test
  void aBinaryFile() {
    Path tar = Path.of("../shared/images/static-bin.docker.tar");
    assertThat(failure(tar)).isEqualTo(tar + ":1: binary file (NUL byte at column 7)");
  }

  @Test
  void aCompressedImageIsRefusedAtItsFirstBytes() {
    Path big = Path.of("../shared/images/debian-slim.docker-legacy.tar.gz");
    assertThat(failure(big)).isEqualTo(big + ":1: binary file (NUL byte at column 4)");
  }

  @Test
  void aFileTooLargeToBeADockerfile() throws Exception {
    Path file = dir.resolve("Dockerfile");
    String line = "# padding padding padding padding padding padding padding padding\n";
    try (var out = Files.newBufferedWriter(file)) {
      out.write("FROM alpine\n");
      for (int i = 0; i < 70_000; i++) {
        out.write(line);
      }
    }
    assertThat(failure(file)).isEqualTo(file + ": file is larger than 4 MiB; not a Dockerfile");
  }

  @Test
  void aTenMegabyteLine() throws Exception {
    byte[] line = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(line, (byte) 'a');
    Path file = dir.resolve("Dockerfile");
    Files.write(file, "FROM alpine\nRUN echo ".getBytes(StandardCharsets.UTF_8));
    Files.write(file, line, java.nio.file.StandardOpenOption.APPEND);

    assertThat(failure(file))
        .isEqualTo(
            file
                + ":2: line is longer than 65535 bytes (BuildKit's limit); not a usable"
                + " Dockerfile");
  }

  @Test
  void invalidUtf8() throws Exception {
    Path file = dir.resolve("Dockerfile");
    Files.write(
        file, "FROM alpine\nLABEL author=\"Jos\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failure(file))
        .isEqualTo(file + ":2: not UTF-8 text: invalid byte 0xE9 at column 18");
  }

  @Test
  void utf16() throws Exception {
    Path file =
        Files.write(
            dir.resolve("Dockerfile"), "\uFEFFFROM alpine\n".getBytes(StandardCharsets.UTF_16));
    assertThat(failure(file))
        .isEqualTo(file + ":1: UTF-16 text is not supported: save the Dockerfile as UTF-8");
  }

  @Test
  void emptyOrCommentOnlyFiles() throws Exception {
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    Path comments =
        Files.writeString(dir.resolve("comments"), "# just a comment\n\n   \n# another\n");
    assertThat(failure(empty)).isEqualTo(empty + ":1: file with no instructions");
    assertThat(failure(comments)).isEqualTo(comments + ":4: file with no instructions");
  }

  @Test
  void unknownInstructionAndUnterminatedHeredocNameFileAndLine() throws Exception {
    Path unknown =
        Files.writeString(dir.resolve("u"), "FROM alpine\nRUN true\nCOMMENT not an instruction\n");
    Path heredoc = Files.writeString(dir.resolve("h"), "FROM alpine\nCOPY <<EOF /etc/x\nbody\n");
    assertThat(failure(unknown)).isEqualTo(unknown + ":3: unknown instruction: COMMENT");
    assertThat(failure(heredoc))
        .isEqualTo(
            heredoc + ":2: unterminated heredoc <<EOF: no line 'EOF' before the end of the file");
  }

  @Test
  void anUnreadableFile() {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> DockerfileParser.parse(missing))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("cannot read: ");
  }

  @Test
  void aBomAndCrlfAreAccepted() throws Exception {
    byte[] body = "FROM alpine\r\nUSER app\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    Path file = Files.write(dir.resolve("Dockerfile"), all);

    Dockerfile df = DockerfileParser.parse(file);
    assertThat(df.bom()).isTrue();
    assertThat(df.text()).startsWith("FROM");
    assertThat(df.instructions().get(0).span().toString()).isEqualTo("1:1-1:12");
    assertThat(((User) df.instructions().get(1)).user().value()).isEqualTo("app");
  }
}
