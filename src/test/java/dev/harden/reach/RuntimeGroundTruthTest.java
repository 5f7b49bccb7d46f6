package dev.harden.reach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.FileOwnership;
import dev.harden.catalog.Pkg;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.source.ImageContents;
import dev.harden.image.source.ImageSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runtime ground truth: each fixture's root filesystem (unpacked by harden's own reader) runs its
 * real entrypoint in a {@code chroot}, as the image's user, while what it loads is recorded:
 * {@code /proc/PID/maps} of the process, polled from outside, and glibc's own record of every
 * object it maps ({@code LD_DEBUG=files}, dlopen included) for shared objects; Node's
 * {@code require.cache} written at exit by a {@code -r} preload; the JVM's class-loading log for
 * jars. Every package a recorded file belongs to must be statically reachable (recall 100 %);
 * the precision (statically reachable packages that were loaded) is printed per image.
 */
class RuntimeGroundTruthTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MAPS_PATH = Pattern.compile("\\s(/\\S.*)$");
  private static final Pattern LD_INIT = Pattern.compile("calling init: (\\S+)");
  private static final Pattern LD_PROGRAM = Pattern.compile("initialize program: (\\S+)");
  private static final Pattern CLASS_SOURCE = Pattern.compile("source: (\\S+)");

  @BeforeAll
  static void needRoot() {
    boolean root = "root".equals(System.getProperty("user.name"));
    boolean chroot = Files.isExecutable(Path.of("/usr/sbin/chroot"));
    if (!root || !chroot) {
      System.err.println("SKIPPED: RuntimeGroundTruthTest: running entrypoints in a chroot needs"
          + " root and /usr/sbin/chroot");
    }
    Assumptions.assumeTrue(root && chroot, "root and chroot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"node-app", "node-app-hardened", "java-app", "static-bin",
      "distroless-static", "debian-slim"})
  void everyPackageTheEntrypointLoadsIsStaticallyReachable(String image) throws Exception {
    FixtureScans.Scan scan = FixtureScans.scan(image);
    Path archive = FixtureScans.archive(image);
    Path root = Files.createTempDirectory("harden-chroot-" + image + "-");
    root.toFile().setReadable(true, false);
    root.toFile().setExecutable(true, false); // the image's user must reach its own root
    Path proc = root.resolve("proc");
    boolean mounted = false;
    try {
      RootFilesystem.unpack(archive.toString(), root);
      // a container has /proc: glibc reads /proc/self/exe for $ORIGIN (java's RPATH needs it)
      Files.createDirectories(proc);
      mounted = new ProcessBuilder("mount", "-t", "proc", "proc", proc.toString())
          .inheritIO().start().waitFor() == 0;
      if (!mounted) {
        System.err.println("SKIPPED: RuntimeGroundTruthTest: cannot mount /proc in the chroot");
      }
      Assumptions.assumeTrue(mounted, "mount -t proc");
      Set<String> loaded = run(image, archive, root);
      FileOwnership owners;
      try (ImageContents contents = ImageSources.read(archive.toString(),
          ImageOptions.defaults(), ContentSelector.NONE)) {
        owners = FileOwnership.index(scan.catalog(), contents.files());
      }
      Set<String> loadedPackages = new TreeSet<>();
      for (String file : loaded) {
        for (Pkg p : owners.ownersOf(file)) {
          loadedPackages.add(p.id());
        }
      }
      Set<String> reachable = new TreeSet<>();
      for (Pkg p : scan.catalog().packages()) {
        if (scan.reach().of(p).orElseThrow().verdict().status() == ReachStatus.REACHABLE) {
          reachable.add(p.id());
        }
      }
      Set<String> missed = new TreeSet<>(loadedPackages);
      missed.removeAll(reachable);
      Set<String> hit = new TreeSet<>(reachable);
      hit.retainAll(loadedPackages);
      System.out.printf("GROUND TRUTH %s: %d files loaded, %d packages loaded, %d statically"
              + " reachable, recall %d/%d, precision %d/%d = %.0f %%%n", image, loaded.size(),
          loadedPackages.size(), reachable.size(), loadedPackages.size() - missed.size(),
          loadedPackages.size(), hit.size(), reachable.size(),
          reachable.isEmpty() ? 100.0 : 100.0 * hit.size() / reachable.size());
      Set<String> extra = new TreeSet<>(reachable);
      extra.removeAll(loadedPackages);
      System.out.println("  reachable but not loaded in this run: " + extra);
      assertThat(loaded).as("the entrypoint ran and something was recorded").isNotEmpty();
      assertThat(missed).as("packages loaded at run time but not statically reachable")
          .isEmpty();
    } finally {
      if (mounted) {
        new ProcessBuilder("umount", proc.toString()).inheritIO().start().waitFor();
      }
      deleteTree(root);
    }
  }

  /** Runs the image's command in the chroot; returns the image paths it loaded. */
  private Set<String> run(String image, Path archive, Path root) throws Exception {
    List<String> argv = new ArrayList<>();
    String user;
    List<String> env = new ArrayList<>();
    try (var img = ImageSources.open(archive.toString(), ImageOptions.defaults())) {
      var c = img.config().config();
      if (c.entrypoint() != null) {
        argv.addAll(c.entrypoint());
      }
      if (c.cmd() != null) {
        argv.addAll(c.cmd());
      }
      user = c.user() == null || c.user().isBlank() ? "0:0" : c.user();
      env.addAll(c.env());
    }
    if (!user.contains(":")) {
      user = user.equals("root") ? "0:0" : user + ":" + user;
    }
    Path tmp = root.resolve("tmp");
    Files.createDirectories(tmp);
    tmp.toFile().setWritable(true, false);
    String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    if (program.equals("node")) {
      Files.writeString(tmp.resolve("harden-probe.js"), "process.on('exit', () => require('fs')"
          + ".writeFileSync('/tmp/harden-probe.json', JSON.stringify(Object.keys(require.cache))));\n");
      argv.addAll(1, List.of("-r", "/tmp/harden-probe.js"));
    } else if (program.equals("java")) {
      argv.add(1, "-Xlog:class+load=info:file=/tmp/harden-classload.log");
    }
    List<String> cmd = new ArrayList<>(List.of("/usr/sbin/chroot", "--userspec=" + user,
        root.toString()));
    cmd.addAll(argv);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("harden-output.txt").toFile());
    pb.environment().clear();
    for (String kv : env) {
      int eq = kv.indexOf('=');
      pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    pb.environment().put("SELFTEST", "1");
    pb.environment().put("PORT", "0"); // any free port: runs of several engineers share the host
    pb.environment().put("HOST", "127.0.0.1");
    pb.environment().put("LD_DEBUG", "files");
    pb.environment().put("LD_DEBUG_OUTPUT", "/tmp/harden-ld");
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    Set<String> loaded = new TreeSet<>();
    String prefix = root.toString();
    while (p.isAlive()) {
      readMaps(p.pid(), prefix, loaded);
      if (!p.waitFor(5, TimeUnit.MILLISECONDS) && p.info().startInstant().isPresent()
          && p.info().totalCpuDuration().map(d -> d.toSeconds() > 120).orElse(false)) {
        p.destroyForcibly();
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    String output = Files.readString(tmp.resolve("harden-output.txt"));
    System.out.println(image + " output: " + output.strip().replace('\n', ' '));
    if (p.exitValue() == 0) {
      // the kernel mapped the program it ran (a static one leaves no loader record and may end
      // before the first look at its maps)
      onPath(root, env, argv.get(0)).ifPresent(loaded::add);
    }
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.startsWith("harden-ld")) {
          for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
            Matcher m = LD_INIT.matcher(line);
            if (m.find()) {
              loaded.add(m.group(1));
            }
            Matcher started = LD_PROGRAM.matcher(line);
            if (started.find()) {
              onPath(root, env, started.group(1)).ifPresent(loaded::add);
            }
          }
        }
      }
    }
    Path probe = tmp.resolve("harden-probe.json");
    if (Files.exists(probe)) {
      for (JsonNode n : JSON.readTree(probe.toFile())) {
        loaded.add(n.asText());
      }
    }
    Path classes = tmp.resolve("harden-classload.log");
    if (Files.exists(classes)) {
      for (String line : Files.readAllLines(classes)) {
        Matcher m = CLASS_SOURCE.matcher(line);
        if (m.find() && m.group(1).startsWith("file:")) {
          loaded.add(m.group(1).substring(5));
        }
      }
    }
    loaded.removeIf(f -> f.startsWith("/tmp/harden-"));
    Set<String> real = new TreeSet<>();
    for (String f : loaded) {
      Path onDisk = root.resolve(f.substring(1));
      real.add(Files.exists(onDisk) ? "/" + root.toRealPath().relativize(onDisk.toRealPath())
          : f);
    }
    return real;
  }

  /**
   * The program the loader names by its argv[0] ({@code bash}), found as execvp found it: in the
   * image's PATH, on the unpacked disk.
   */
  private static java.util.Optional<String> onPath(Path root, List<String> env, String name) {
    if (name.startsWith("/")) {
      return java.util.Optional.of(name);
    }
    String path = env.stream().filter(kv -> kv.startsWith("PATH=")).map(kv -> kv.substring(5))
        .findFirst().orElse("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    for (String dir : path.split(":")) {
      if (Files.exists(root.resolve((dir + "/" + name).substring(1)))) {
        return java.util.Optional.of(dir + "/" + name);
      }
    }
    return java.util.Optional.empty();
  }

  /** Shared objects and the program itself in the maps, as image paths. */
  private static void readMaps(long pid, String root, Set<String> loaded) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/maps"))) {
        Matcher m = MAPS_PATH.matcher(line);
        if (m.find()) {
          String path = m.group(1).replace(" (deleted)", "");
          if (path.startsWith(root + "/")) {
            loaded.add(path.substring(root.length()));
          } // else the host's chroot program before it execs the entrypoint
        }
      }
    } catch (IOException e) {
      // the process ended between two polls
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
