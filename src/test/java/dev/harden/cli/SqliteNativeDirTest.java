package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeDirTest {

  @TempDir Path tmp;

  @Test
  void aFreshProcessLoadsSqliteFromItsPrivateDirectoryAndLeavesNothingBehind() throws Exception {
    boolean procMaps = Files.isReadable(Path.of("/proc/self/maps"));
    if (!procMaps) {
      System.err.println("SKIPPED: no /proc/self/maps to see where the sqlite library is loaded from");
    }
    assumeTrue(procMaps);
    Path javaTmp = Files.createDirectory(tmp.resolve("java-tmp"));
    Path db = tmp.resolve("harden.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java, "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("java.class.path"),
                SqliteNativeDirProbe.class.getName(),
                "db", "import", "--db", db.toString(), "../shared/advisories/osv")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    List<String> lines = out.lines().toList();
    assertThat(lines).as(out).contains("exit 0");
    Path dir = Path.of(value(lines, "dir "));
    assertThat(dir.getParent()).isEqualTo(javaTmp);
    assertThat(dir.getFileName().toString()).startsWith("harden-sqlite-");
    assertThat(value(lines, "mode ")).isEqualTo("rwx------");
    List<String> mapped =
        lines.stream().filter(l -> l.startsWith("mapped ")).map(l -> l.substring(7)).toList();
    assertThat(mapped).as(out).isNotEmpty().allMatch(m -> m.startsWith(dir + "/"));
    assertThat(mapped).anyMatch(m -> m.endsWith("libsqlitejdbc.so"));
    try (Stream<Path> left = Files.list(javaTmp)) {
      assertThat(left).as("left in java.io.tmpdir after exit").isEmpty();
    }
    assertThat(db).isRegularFile();
  }

  @Test
  void aDirectoryTheUserChoseForSqliteIsKeptAsTheParent() throws Exception {
    Path chosen = Files.createDirectory(tmp.resolve("exec-ok"));
    Properties props = new Properties();
    props.setProperty("java.io.tmpdir", tmp.toString());
    props.setProperty(SqliteNativeDir.PROPERTY, chosen.toString());

    Path dir = SqliteNativeDir.usePrivateDir(props);

    assertThat(dir).isDirectory().hasParent(chosen);
    assertThat(props.getProperty(SqliteNativeDir.PROPERTY)).isEqualTo(dir.toString());
  }

  @Test
  void anUnusableBaseLeavesSqlitesDefaultAlone() throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    Properties props = new Properties();
    props.setProperty("java.io.tmpdir", file.toString());

    assertThat(SqliteNativeDir.usePrivateDir(props)).isNull();
    assertThat(props.getProperty(SqliteNativeDir.PROPERTY)).isNull();
  }

  private static String value(List<String> lines, String key) {
    return lines.stream()
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(key.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + key + "' line in " + lines));
  }
}
