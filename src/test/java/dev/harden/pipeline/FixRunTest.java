package dev.harden.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.fix.pin.DigestPins;
import dev.harden.fix.pin.DigestResolver;
import dev.harden.io.InputException;
import dev.harden.lint.LintSettings;
import dev.harden.report.FixReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FixRun#write}: all files or none, and never over a file that changed after the read. */
class FixRunTest {

  static final Path GUESTBOOK = Path.of(
      "../shared/corpus/real-dockerfiles/kubernetes_examples__web_guestbook-go_Dockerfile.Dockerfile");
  static final Path PHP = Path.of("../shared/corpus/real-dockerfiles/"
      + "kubernetes_examples__web_guestbook_php-redis_Dockerfile.Dockerfile");

  @TempDir Path dir;

  private FixRun run() {
    return new FixRun(LintSettings.DEFAULTS, new FixRun.Options(false, Set.of(), Optional.empty(),
        new DigestPins(DigestResolver.OFFLINE, Optional.empty(), false)));
  }

  @Test
  void aFileChangedAfterTheReadStopsTheWholeWrite() throws Exception {
    Path first = Files.createDirectories(dir.resolve("go")).resolve("Dockerfile");
    Path second = Files.createDirectories(dir.resolve("php")).resolve("Dockerfile");
    Files.copy(GUESTBOOK, first);
    Files.copy(PHP, second);
    FixRun run = run();
    FixReport report = run.run(List.of(new LintInput(LintInput.Kind.DOCKERFILE, first),
        new LintInput(LintInput.Kind.DOCKERFILE, second)), InputStream.nullInputStream());
    assertThat(report.files()).allMatch(FixReport.FileResult::changed);

    String edited = Files.readString(PHP) + "# edited by someone else\n";
    Files.writeString(second, edited);
    assertThatThrownBy(() -> run.write(report)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(second + ":")
            .contains("changed since harden read it; nothing was written"));
    assertThat(Files.readString(first)).isEqualTo(Files.readString(GUESTBOOK));
    assertThat(Files.readString(second)).isEqualTo(edited);
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).hasSize(2);
    }
  }

  @Test
  void bothFilesAreWrittenWhenNeitherChanged() throws Exception {
    Path first = Files.createDirectories(dir.resolve("go")).resolve("Dockerfile");
    Path second = Files.createDirectories(dir.resolve("php")).resolve("Dockerfile");
    Files.copy(GUESTBOOK, first);
    Files.copy(PHP, second);
    FixRun run = run();
    FixReport report = run.run(List.of(new LintInput(LintInput.Kind.DOCKERFILE, first),
        new LintInput(LintInput.Kind.DOCKERFILE, second)), InputStream.nullInputStream());
    FixReport written = run.write(report);
    assertThat(written.written()).isTrue();
    assertThat(Files.readString(first)).isEqualTo(report.files().get(0).after())
        .contains("COPY ./main.go .");
    assertThat(Files.readString(second)).isEqualTo(report.files().get(1).after())
        .contains("COPY index.html /var/www/html/index.html");
  }
}
