package dev.harden.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The fixture images of {@code ../shared/images}: the ones shipped there, and the ones too large
 * to ship ({@link #BUILT}), which {@code ../shared/images/build-fixtures.sh} builds on demand (root,
 * Debian's packages, npm and Maven Central; about five minutes). Every test that needs a built
 * image goes through here, so they share one cache directory per machine
 * ({@code -Dharden.fixtures.cache}, default {@code $TMPDIR/harden-fixture-images}) and the images
 * are built at most once: a file lock in the cache keeps test JVMs of several worktrees from
 * building side by side, and a failed build leaves {@value #FAILED} behind so later runs skip at
 * once instead of spending another five minutes (delete it to try again). Builds are not
 * bit-reproducible, so a test compares a built image with the {@code packages.tsv} of the same
 * build, in the cache.
 */
public final class FixtureImages {

  public static final Path SHARED = Path.of("../shared/images");
  public static final List<String> BUILT = List.of("debian-full", "java-app", "node-app-hardened");

  private static final String FAILED = "build.failed";

  private static Path cache;

  private FixtureImages() {}

  /** A shipped fixture archive, {@code ../shared/images/<image>.docker.tar}. */
  public static Path shipped(String image) {
    return SHARED.resolve(image + ".docker.tar");
  }

  /**
   * The cache holding the {@link #BUILT} images ({@code <image>.docker.tar} and
   * {@code <image>.packages.tsv}), building them first when they are missing. When they cannot be
   * built the calling test is skipped, with a {@code SKIPPED:} line naming {@code who} and why.
   */
  public static synchronized Path built(String who) throws IOException, InterruptedException {
    if (cache == null) {
      Path dir = Path.of(System.getProperty("harden.fixtures.cache",
          Path.of(System.getProperty("java.io.tmpdir"), "harden-fixture-images").toString()));
      if (!complete(dir)) {
        build(dir, who);
      }
      cache = dir;
    }
    return cache;
  }

  private static void build(Path dir, String who) throws IOException, InterruptedException {
    skipUnless(isRoot(), who, "building the fixture images needs root");
    Files.createDirectories(dir);
    Path failed = dir.resolve(FAILED);
    try (FileChannel lockFile = FileChannel.open(dir.resolve(".build.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      // another JVM may have built them (or failed to) while this one waited for the lock
      if (complete(dir)) {
        return;
      }
      skipUnless(!Files.exists(failed), who,
          "an earlier build of the fixture images failed, see " + failed + " (delete it to retry)");
      Path log = dir.resolve("build.log");
      System.err.println(who + ": building the fixture images " + BUILT + " into " + dir
          + " (about five minutes, once per machine; log " + log + ")");
      ProcessBuilder pb = new ProcessBuilder("bash",
          SHARED.resolve("build-fixtures.sh").toAbsolutePath().toString(), dir.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("ONLY", String.join(" ", BUILT));
      Process p = pb.start();
      boolean ok = p.waitFor(30, TimeUnit.MINUTES) && p.exitValue() == 0 && complete(dir);
      if (!ok) {
        p.destroyForcibly();
        Files.writeString(failed, "build-fixtures.sh failed or timed out; its output is in " + log
            + "\n");
      }
      skipUnless(ok, who, "build-fixtures.sh failed, see " + log);
    }
  }

  private static boolean complete(Path dir) {
    return BUILT.stream().allMatch(i -> Files.isRegularFile(dir.resolve(i + ".docker.tar"))
        && Files.isRegularFile(dir.resolve(i + ".packages.tsv")));
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static void skipUnless(boolean condition, String who, String why) {
    if (!condition) {
      System.err.println("SKIPPED: " + who + ": " + why);
    }
    Assumptions.assumeTrue(condition, why);
  }
}
