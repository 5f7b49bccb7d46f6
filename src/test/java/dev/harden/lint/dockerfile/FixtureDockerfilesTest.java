package dev.harden.lint.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.dockerfile.DockerfileParser;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.builtin.BuiltinRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fixture Dockerfiles of ../shared/images/dockerfiles get what a reviewer expects: the
 * unhardened node app runs as root on an unpinned base, the Java app is unpinned but not root, and
 * the hardened node app loses the findings for what it fixed.
 */
class FixtureDockerfilesTest {

  private static final Path DIR = Path.of("../shared/images/dockerfiles");

  private static List<Finding> lint(String name) throws Exception {
    DockerfileLinter linter = new DockerfileLinter(
        BuiltinRules.dockerfile(LintSettings.DEFAULTS), LintSettings.DEFAULTS);
    return linter.lint(DockerfileParser.parse(DIR.resolve(name)), Optional.empty());
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void nodeAppRunsAsRootOnAnUnpinnedBase() throws Exception {
    List<Finding> f = lint("node-app.Dockerfile");
    assertThat(rules(f)).contains("HD001", "HD005");
    Finding root = f.stream().filter(x -> x.rule().id().equals("HD005")).findFirst().orElseThrow();
    assertThat(root.location().line()).as("at the USER root line").isEqualTo(6);
    assertThat(root.message()).contains("USER root");
  }

  @Test
  void javaAppIsUnpinnedButNotRoot() throws Exception {
    List<String> r = rules(lint("java-app.Dockerfile"));
    assertThat(r).contains("HD001").doesNotContain("HD005", "HD007");
  }

  @Test
  void hardenedNodeAppLosesWhatItFixed() throws Exception {
    List<Finding> plain = lint("node-app.Dockerfile");
    List<Finding> hardened = lint("node-app-hardened.Dockerfile");
    assertThat(hardened.size()).isLessThan(plain.size());
    assertThat(rules(hardened)).doesNotContain("HD005", "HD006", "HD007");
  }

  @Test
  void multiStageFixturesKeepToolchainsInTheirBuildStages() throws Exception {
    for (String name : List.of("static-bin.Dockerfile", "distroless-static.Dockerfile")) {
      assertThat(rules(lint(name))).as(name)
          .doesNotContain("HD003", "HD004", "HD005", "HD006");
    }
  }

  @Test
  void runtimeFixturesUseAptAndRunAsRoot() throws Exception {
    for (String name : List.of("node-runtime.Dockerfile", "java-runtime.Dockerfile")) {
      assertThat(rules(lint(name))).as(name).contains("HD005", "HD006")
          .doesNotContain("HD014", "HD015", "HD016");
    }
  }
}
