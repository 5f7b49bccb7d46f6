package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/cases.yaml}) end to end through the
 * command line: each case's input is made, the command runs (in this JVM through {@link
 * HardenCommand#run}, or as {@code ./harden} with {@code -Xmx256m} for the large ones), and the
 * outcome must be the one the case expects: a clear error (exit 2, nothing on stdout, one line on
 * stderr naming the input) or an unknown naming the file, in bounded time, with no stack trace and
 * nothing written where it should not be.
 */
class HostileInputTest {

  record Case(String name, String input, Map<String, String> extraInputs, String run,
      String expect, String path, String says, String names, int exit, boolean child,
      int seconds) {

    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir Path tmp;

  static Stream<Case> cases() throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/cases.yaml")) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> raw = (List<Map<String, Object>>) new Load(
          LoadSettings.builder().build()).loadFromInputStream(in);
      List<Case> cases = new ArrayList<>();
      for (Map<String, Object> c : raw) {
        Map<String, String> extra = new java.util.TreeMap<>();
        for (String key : List.of("db", "config", "dockerfile")) {
          if (c.containsKey(key)) {
            extra.put(key, (String) c.get(key));
          }
        }
        cases.add(new Case((String) c.get("case"), (String) c.get("input"), extra,
            (String) c.get("run"), (String) c.get("expect"), (String) c.get("path"),
            String.valueOf(c.getOrDefault("says", "")), (String) c.get("names"),
            (Integer) c.getOrDefault("exit", 0),
            Boolean.TRUE.equals(c.get("child")), (Integer) c.getOrDefault("seconds", 120)));
      }
      assertThat(cases).extracting(Case::name).doesNotHaveDuplicates();
      return cases.stream();
    }
  }

  /** Loads sqlite-jdbc once before any snapshot: it unpacks its native library to the temp dir. */
  @BeforeAll
  static void warmUp() throws Exception {
    Class.forName("org.sqlite.JDBC");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
      c.createStatement().execute("select 1");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInput(Case c) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path input = HostileInputs.make(c.input(), dir);
    Map<String, String> values = new java.util.HashMap<>();
    values.put("input", input.toString());
    values.put("dir", dir.toString());
    for (var e : c.extraInputs().entrySet()) {
      values.put(e.getKey(), HostileInputs.make(e.getValue(), dir).toString());
    }
    List<String> args = new ArrayList<>();
    for (String word : c.run().split(" ")) {
      for (var v : values.entrySet()) {
        word = word.replace("{" + v.getKey() + "}", v.getValue());
      }
      args.add(word);
    }
    HostFiles before = HostFiles.snapshot(dir);
    HardenLauncher.Result r = c.child()
        ? HardenLauncher.run(args, tmp.resolve("child"), c.seconds())
        : assertTimeoutPreemptively(Duration.ofSeconds(c.seconds()), () -> inProcess(args),
            c.name() + " took longer than " + c.seconds() + " s");
    String shown = "exit " + r.code() + "\nstderr: " + r.err() + "\nstdout: "
        + r.out().substring(0, Math.min(2000, r.out().length()));
    assertThat(r.err()).as(shown).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("internal error").doesNotContain("out of memory");
    switch (c.expect()) {
      case "error" -> {
        assertThat(r.code()).as(shown).isEqualTo(2);
        assertThat(r.out()).as("no partial output").isEmpty();
        assertThat(r.err().strip().lines()).as(shown).hasSize(1);
        assertThat(r.err()).as(shown).startsWith("harden: ").contains(c.says());
        assertThat(r.err()).as("names the input: " + shown)
            .contains(c.names() != null ? c.names() : input.getFileName().toString());
      }
      case "unknown" -> {
        assertThat(r.code()).as(shown).isEqualTo(c.exit());
        JsonNode unknowns = new ObjectMapper().readTree(r.out()).path("unknowns");
        assertThat(unknowns).as(shown).anySatisfy(u -> {
          assertThat(u.path("path").asText()).contains(c.path());
          assertThat(u.path("reason").asText()).contains(c.says());
        });
      }
      case "ok" -> {
        assertThat(r.code()).as(shown).isEqualTo(c.exit());
        assertThat(r.out()).as(shown).contains(c.says());
      }
      default -> throw new IllegalArgumentException("expect: " + c.expect());
    }
    HostFiles after = HostFiles.snapshot(dir);
    assertThat(after.changesSince(before)).as("files created or changed outside the temp dir")
        .isEmpty();
  }

  static HardenLauncher.Result inProcess(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = HardenCommand.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new HardenLauncher.Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
