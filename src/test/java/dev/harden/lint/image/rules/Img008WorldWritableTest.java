package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img008WorldWritableTest {

  @TempDir Path tmp;

  private final Img008WorldWritable rule = new Img008WorldWritable();

  @Test
  void catchesWorldWritableFilesAndDirectoriesOnce() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .dir("/app", 0777)
        .file("/app/server.js", "x".getBytes(), 0666)
        .dir("/app/lib", 0777)
        .file("/app/lib/a.js", "x".getBytes(), 0644)
        .file("/app-config.json", "{}".getBytes(), 0666)
        .file("/etc/app.conf", "x".getBytes(), 0646));
    List<Finding> found = new ImageRuleTester(tmp).findings(rule, image);
    assertThat(found).extracting(Finding::message).containsExactly(
        "world-writable directory /app (mode 0777) (and 2 world-writable entries below it)",
        "world-writable file /app-config.json (mode 0666)",
        "world-writable file /etc/app.conf (mode 0646)");
    assertThat(found.get(0).location().details()).containsEntry("path", "/app");
  }

  @Test
  void passesStickyDirectoriesLikeTmpAndWhatTheyHold() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .dir("/tmp", 01777)
        .file("/tmp/scratch", "x".getBytes(), 0666)
        .dir("/var/tmp", 01777)
        .dir("/run/lock", 01777)
        .symlink("/app/current", "/app/v1")
        .charDevice("/dev/null")
        .file("/app/v1", "x".getBytes(), 0644));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }

  @Test
  void capsTheNumberOfFindingsAndCountsTheRest() throws Exception {
    TarBuilder layer = TarBuilder.layer().dir("/data", 0755);
    for (int i = 0; i < 25; i++) {
      layer.file(String.format("/data/f%02d", i), "x".getBytes(), 0666);
    }
    List<String> messages =
        new ImageRuleTester(tmp).messages(rule, TestImages.image().layer(layer));
    assertThat(messages).hasSize(Img008WorldWritable.MAX_FINDINGS);
    assertThat(messages.get(0)).isEqualTo("world-writable file /data/f00 (mode 0666)");
    assertThat(messages.get(19)).isEqualTo(
        "world-writable file /data/f19 (mode 0666); 5 more world-writable entries not listed");
  }
}
