package dev.harden.reach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.Pkg;
import dev.harden.image.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command forms on the real debian-slim layer (dash, bash, coreutils, perl-base, glibc) with one
 * small layer on top per case: wrapper scripts with and without {@code exec}, {@code env},
 * {@code #!/usr/bin/env}, shell-form commands, symlinked programs and symlink loops.
 */
class EntrypointFormsTest {

  static final int EXEC = 0755;

  @TempDir static Path dir;
  static List<FixtureLayers.Layer> base;
  static int counter;

  @BeforeAll
  static void debianSlimLayer() throws Exception {
    base = FixtureLayers.of(Path.of("../shared/images/debian-slim.docker.tar"));
  }

  record Scan(CatalogResult catalog, ReachResult reach) {
    ReachStatus status(String name) {
      return verdict(name).status();
    }

    Verdict verdict(String name) {
      Pkg p = catalog.packages().stream().filter(x -> x.name().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError(name + " not catalogued"));
      return reach.of(p).orElseThrow().verdict();
    }
  }

  static Scan scan(TarBuilder top, List<String> entrypoint, List<String> cmd) throws Exception {
    Path layout = FixtureLayers.stack(base)
        .layer(top)
        .editConfig(c -> {
          var config = c.with("config");
          config.putArray("Env").add("PATH=/usr/local/bin:/usr/bin:/bin");
          ArrayNode ep = config.putArray("Entrypoint");
          entrypoint.forEach(ep::add);
          ArrayNode cm = config.putArray("Cmd");
          cmd.forEach(cm::add);
        })
        .ociDir(dir.resolve("case-" + counter++));
    FixtureScans.Scan s = FixtureLayers.analyse(layout);
    return new Scan(s.catalog(), s.reach());
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aWrapperScriptIsFollowedThroughItsExecLine() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/usr/local/bin")
            .file("/usr/local/bin/entry.sh", text("#!/bin/sh\nset -e\nexport GREETING=hi\n"
                + "if [ -n \"$DEBUG\" ]; then set -x; fi\nexec /usr/bin/env sleep \"$@\"\n"), EXEC),
        List.of("/usr/local/bin/entry.sh"), List.of("1"));
    assertThat(s.status("coreutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.verdict("coreutils").chain()).contains("/usr/local/bin/entry.sh");
    assertThat(s.status("dash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("libc6")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(s.status("bash")).isEqualTo(ReachStatus.UNREACHABLE);
    assertThat(s.reach().unknowns()).isEmpty();
  }

  @Test
  void aScriptThatDoesNotExecLeavesTheRestUnknown() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/usr/local/bin")
            .file("/usr/local/bin/entry.sh", text("#!/bin/sh\nsleep 1\necho done\n"), EXEC),
        List.of("/usr/local/bin/entry.sh"), List.of());
    assertThat(s.status("dash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNKNOWN);
    assertThat(s.verdict("perl-base").reason()).contains("/usr/local/bin/entry.sh");
    assertThat(s.reach().packages().values())
        .noneMatch(p -> p.verdict().status() == ReachStatus.UNREACHABLE);
  }

  @Test
  void envShebangFindsTheInterpreterOnPath() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/app")
            .file("/app/run", text("#!/usr/bin/env bash\nexec sleep 1\n"), EXEC),
        List.of(), List.of("/app/run"));
    assertThat(s.status("bash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.verdict("bash").chain()).contains("/usr/bin/env");
    assertThat(s.status("coreutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
  }

  @Test
  void shellFormCommandsAreParsed() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/app"), List.of(),
        List.of("/bin/sh", "-c", "exec sleep 1"));
    assertThat(s.status("dash")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("coreutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.verdict("coreutils").chain()).contains("exec sleep 1", "/usr/bin/sleep");
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
  }

  @Test
  void programsNamedLikeBuiltinsStillLoadTheirPackage() throws Exception {
    // sleep and logger are programs, not dash built-ins; exec never runs a built-in
    Scan s = scan(TarBuilder.layer().dir("/app"), List.of(),
        List.of("/bin/sh", "-c", "logger started; exec echo done"));
    assertThat(s.status("bsdutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("coreutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.verdict("coreutils").chain()).contains("exec echo done", "/usr/bin/echo");
  }

  @Test
  void symlinksResolveInsideTheImageEvenWhenTheyClimbPastTheRoot() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/app")
            .symlink("/app/run", "../../../../../../usr/bin/sleep"),
        List.of("/app/run"), List.of("1"));
    assertThat(s.status("coreutils")).isEqualTo(ReachStatus.REACHABLE);
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNREACHABLE);
  }

  @Test
  void aSymlinkLoopIsUnknownNotAHang() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/app").symlink("/app/a", "/app/b")
            .symlink("/app/b", "a"),
        List.of("/app/a"), List.of());
    assertThat(s.reach().unknowns()).isNotEmpty();
    assertThat(s.reach().packages().values())
        .allMatch(p -> p.verdict().status() == ReachStatus.UNKNOWN);
  }

  @Test
  void aMissingProgramIsUnknownWithItsName() throws Exception {
    Scan s = scan(TarBuilder.layer().dir("/app"), List.of("no-such-program"), List.of());
    assertThat(s.reach().unknowns()).anyMatch(u -> u.contains("no-such-program"));
    assertThat(s.status("perl-base")).isEqualTo(ReachStatus.UNKNOWN);
  }
}
