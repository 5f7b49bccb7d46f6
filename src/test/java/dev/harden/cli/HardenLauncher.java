package dev.harden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real launcher, {@code ./harden}, as a child process with a 256 MiB heap and its own
 * empty HOME, temp directory and working directory, which must still be empty afterwards. The
 * launcher runs this build's classes ({@code HARDEN_CLASSPATH}), not a jar that may be stale.
 */
public final class HardenLauncher {

  /** What the process printed and its exit code. */
  public record Result(int code, String out, String err) {}

  public static final String HEAP = "-Xmx256m";

  private HardenLauncher() {}

  public static Result run(List<String> args, Path dir, int seconds) throws Exception {
    return run(args, dir, seconds, Map.of());
  }

  /** Runs in {@code dir} (made here); fails when it takes longer than {@code seconds}. */
  public static Result run(List<String> args, Path dir, int seconds,
      Map<String, String> extraEnv) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path cwd = Files.createDirectories(dir.resolve("cwd"));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    List<String> command = new ArrayList<>();
    command.add(Path.of("harden").toAbsolutePath().toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = pb.environment();
    for (String v : List.of("DOCKER_CONFIG", "XDG_CACHE_HOME", "HARDEN_DB", "HARDEN_DEBUG")) {
      env.remove(v);
    }
    env.put("HOME", home.toString());
    env.put("HARDEN_JAVA_OPTS", HEAP + " -XX:+UseSerialGC -Djava.io.tmpdir=" + tmp
        + " -Duser.home=" + home);
    env.put("HARDEN_CLASSPATH", classpath());
    env.putAll(extraEnv);
    Process p = pb.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      throw new AssertionError("./harden " + String.join(" ", args) + " took longer than "
          + seconds + " s");
    }
    for (Path d : List.of(home, tmp, cwd)) {
      try (Stream<Path> s = Files.list(d)) {
        assertThat(s.map(Path::toString).toList()).as("left behind in " + d).isEmpty();
      }
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The classes and dependencies of this build, as surefire was given them. */
  public static String classpath() throws IOException {
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    if (cp.split(File.pathSeparator).length == 1 && cp.endsWith(".jar")) {
      // a manifest-only jar: its Class-Path holds the entries
      try (var jar = new java.util.jar.JarFile(cp)) {
        String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
        List<String> paths = new ArrayList<>();
        for (String url : entries.split(" ")) {
          paths.add(Path.of(java.net.URI.create(url)).toString());
        }
        return String.join(File.pathSeparator, paths);
      }
    }
    return cp;
  }
}
