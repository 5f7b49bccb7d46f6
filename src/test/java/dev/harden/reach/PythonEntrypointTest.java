package dev.harden.reach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.harden.catalog.Pkg;
import dev.harden.image.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python entrypoints on the real debian-full layers (python3.11-minimal, perl, git, curl ...),
 * with the application's module on top: the interpreter and the standard-library modules imported
 * are reachable, what nothing imports is not, and running programs makes the rest unknown.
 */
class PythonEntrypointTest {

  @TempDir static Path dir;
  static List<FixtureLayers.Layer> base;
  static int counter;

  @BeforeAll
  static void debianFullLayers() throws Exception {
    Path archive = FixtureScans.archive("debian-full");
    if (!Files.exists(archive)) {
      System.err.println("SKIPPED: PythonEntrypointTest: " + archive
          + " was not built (BuiltImagesInventoryTest builds it as root)");
    }
    Assumptions.assumeTrue(Files.exists(archive), "debian-full not built");
    base = FixtureLayers.of(archive);
  }

  static FixtureScans.Scan run(String mainPy, String... cmd) throws Exception {
    Path layout = FixtureLayers.stack(base)
        .layer(TarBuilder.layer().dir("/app")
            .file("/app/main.py", mainPy.getBytes(StandardCharsets.UTF_8)))
        .editConfig(c -> {
          var config = c.with("config");
          config.putArray("Env").add("PATH=/usr/local/bin:/usr/bin:/bin");
          config.put("WorkingDir", "/app");
          config.putArray("Entrypoint");
          ArrayNode cm = config.putArray("Cmd");
          for (String a : cmd) {
            cm.add(a);
          }
        })
        .ociDir(dir.resolve("case-" + counter++));
    return FixtureLayers.analyse(layout);
  }

  static ReachStatus status(FixtureScans.Scan s, String name) {
    return verdict(s, name).status();
  }

  static Verdict verdict(FixtureScans.Scan s, String name) {
    Pkg p = s.catalog().packages().stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not catalogued"));
    return s.reach().of(p).orElseThrow().verdict();
  }

  @Test
  void importsFromTheEntryModuleReachTheStandardLibrary() throws Exception {
    FixtureScans.Scan s = run("import os\nimport re\nfrom collections import OrderedDict\n"
        + "print(os.getcwd(), re.escape('a'), OrderedDict())\n", "python3", "main.py");
    assertThat(status(s, "python3.11-minimal")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, "libpython3.11-minimal")).isEqualTo(ReachStatus.REACHABLE);
    // the interpreter imports its encodings before main.py: the shortest chain
    assertThat(verdict(s, "libpython3.11-minimal").evidence())
        .containsSubsequence("CMD python3 main.py", "/usr/bin/python3.11", "interpreter start");
    assertThat(status(s, "perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(status(s, "git")).isEqualTo(ReachStatus.UNREACHABLE);
  }

  @Test
  void runningProgramsLeavesEverythingUnreachedUnknown() throws Exception {
    FixtureScans.Scan s = run("import subprocess\nsubprocess.run(['git', '--version'])\n",
        "python3", "/app/main.py");
    assertThat(status(s, "python3.11-minimal")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(status(s, "git")).isEqualTo(ReachStatus.UNKNOWN);
    assertThat(verdict(s, "git").reason()).contains("main.py");
    assertThat(s.reach().packages().values())
        .noneMatch(p -> p.verdict().status() == ReachStatus.UNREACHABLE);
  }
}
