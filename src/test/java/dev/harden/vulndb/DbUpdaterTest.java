package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db update} against a real HTTP server on loopback serving zips of the shared records. */
class DbUpdaterTest {

  /** What the server does for an archive path. */
  enum Mode {
    OK,
    NOT_FOUND,
    TRUNCATED,
    TRAVERSAL,
    CUT_MID_BODY,
    STALL_MID_BODY
  }

  @TempDir Path dir;

  private HttpServer server;
  private URI source;
  private final Map<String, byte[]> archives = new ConcurrentHashMap<>();
  private final Map<String, String> etags = new ConcurrentHashMap<>();
  private final Map<String, Mode> modes = new ConcurrentHashMap<>();
  private final AtomicInteger bodiesSent = new AtomicInteger();
  private final DbUpdater updater =
      new DbUpdater(TestDb.CLOCK, "harden-test", Duration.ofSeconds(3));
  private ServerSocket cutter;

  @BeforeEach
  void serve() throws IOException {
    archives.put("/npm/all.zip", Zips.allZip(TestDb.ADVISORIES.resolve("osv/npm")));
    archives.put("/Maven/all.zip", Zips.allZip(TestDb.ADVISORIES.resolve("osv/Maven")));
    etags.put("/npm/all.zip", "\"npm-1\"");
    etags.put("/Maven/all.zip", "\"maven-1\"");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    source = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() throws IOException {
    server.stop(0);
    if (cutter != null) {
      cutter.close();
    }
  }

  /**
   * A raw socket server that answers one request with headers for the whole archive and then
   * closes the connection halfway through the body (the JDK server cannot be made to do that).
   */
  private URI cuttingServer(byte[] body) throws IOException {
    cutter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try (Socket s = cutter.accept()) {
                s.getInputStream().read(new byte[8192]);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length
                        + "\r\nETag: \"cut\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
              } catch (IOException ignored) {
                // the test asserts on the client side
              }
            });
    t.setDaemon(true);
    t.start();
    return URI.create("http://127.0.0.1:" + cutter.getLocalPort() + "/");
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    byte[] body = archives.get(path);
    Mode mode = modes.getOrDefault(path, Mode.OK);
    if (body == null || mode == Mode.NOT_FOUND) {
      x.sendResponseHeaders(404, -1);
      x.close();
      return;
    }
    String etag = etags.get(path);
    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      x.close();
      return;
    }
    if (mode == Mode.TRUNCATED) {
      body = Zips.truncated(body, 0.6);
    } else if (mode == Mode.TRAVERSAL) {
      body = Zips.allZip(TestDb.ADVISORIES.resolve("osv/npm"), "../../../tmp/evil.json");
    }
    x.getResponseHeaders().add("ETag", etag);
    x.getResponseHeaders().add("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT");
    bodiesSent.incrementAndGet();
    if (mode == Mode.STALL_MID_BODY) {
      // half the body, then nothing: the connection stays open and idle
      x.sendResponseHeaders(200, body.length);
      OutputStream out = x.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      return;
    }
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private Path updatedDb() throws InputException {
    Path db = dir.resolve("harden.db");
    updater.update(db, source, Set.of(Ecosystem.NPM, Ecosystem.MAVEN));
    return db;
  }

  @Test
  void downloadsThenSkipsWhatDidNotChangeThenReplacesWhatDid() throws Exception {
    Path db = dir.resolve("harden.db");
    List<DbUpdater.Outcome> first = updater.update(db, source, Set.of(Ecosystem.NPM, Ecosystem.MAVEN));
    assertThat(first).extracting(DbUpdater.Outcome::status)
        .containsExactly(DbUpdater.Status.DOWNLOADED, DbUpdater.Status.DOWNLOADED);
    assertThat(first).extracting(DbUpdater.Outcome::records).containsExactly(15, 8);
    assertThat(bodiesSent.get()).isEqualTo(2);

    // a bare update fetches what was fetched before, conditionally: nothing is downloaded
    List<DbUpdater.Outcome> second = updater.update(db, source, Set.of());
    assertThat(second).extracting(DbUpdater.Outcome::status)
        .containsExactly(DbUpdater.Status.UNCHANGED, DbUpdater.Status.UNCHANGED);
    assertThat(bodiesSent.get()).isEqualTo(2);

    // the Maven archive changes upstream: its records are replaced, npm's are kept
    archives.put("/Maven/all.zip", Zips.allZip(TestDb.ADVISORIES.resolve("osv/Go")));
    etags.put("/Maven/all.zip", "\"maven-2\"");
    List<DbUpdater.Outcome> third = updater.update(db, source, Set.of());
    assertThat(third).extracting(DbUpdater.Outcome::status)
        .containsExactly(DbUpdater.Status.UNCHANGED, DbUpdater.Status.DOWNLOADED);
    try (VulnStore s = VulnStore.open(db)) {
      assertThat(s.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core")).isEmpty();
      assertThat(s.advisories(Ecosystem.GO, "github.com/gogo/protobuf")).hasSize(1);
      assertThat(s.advisories(Ecosystem.NPM, "lodash")).hasSize(3);
      DbInfo info = s.info();
      assertThat(info.sources()).extracting(DbInfo.Source::ecosystem).containsExactly("Maven", "npm");
      assertThat(info.sources()).extracting(DbInfo.Source::etag).containsExactly("\"maven-2\"", "\"npm-1\"");
    }
  }

  @Test
  void everyFailureLeavesTheOldDatabaseWorking() throws Exception {
    Path db = updatedDb();
    String before = sha256(db);
    for (Mode mode :
        List.of(Mode.NOT_FOUND, Mode.TRUNCATED, Mode.TRAVERSAL, Mode.STALL_MID_BODY)) {
      modes.put("/npm/all.zip", mode);
      etags.put("/npm/all.zip", "\"npm-" + mode + "\"");
      assertThatThrownBy(() -> updater.update(db, source, Set.of(Ecosystem.MAVEN, Ecosystem.NPM)))
          .as(mode.name())
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).describe()).as(mode.name()).contains(
              switch (mode) {
                case NOT_FOUND -> "HTTP 404";
                case TRUNCATED -> "not a complete zip archive";
                case TRAVERSAL -> "points outside the archive";
                case STALL_MID_BODY -> "Read timed out";
                case CUT_MID_BODY, OK -> "";
              }));
      assertThat(sha256(db)).as("database after %s", mode).isEqualTo(before);
      assertThat(Zips.names(dir)).as("files after %s", mode).containsExactly("harden.db");
      try (VulnStore s = VulnStore.open(db)) {
        assertThat(s.advisories(Ecosystem.NPM, "lodash")).hasSize(3);
      }
    }
  }

  @Test
  void aConnectionCutMidBodyLeavesTheOldDatabaseWorking() throws Exception {
    Path db = updatedDb();
    String before = sha256(db);
    URI cut = cuttingServer(archives.get("/npm/all.zip"));
    assertThatThrownBy(() -> updater.update(db, cut, Set.of(Ecosystem.NPM)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("download");
    assertThat(sha256(db)).isEqualTo(before);
    assertThat(Zips.names(dir)).containsExactly("harden.db");
    try (VulnStore s = VulnStore.open(db)) {
      assertThat(s.advisories(Ecosystem.NPM, "lodash")).hasSize(3);
    }
  }

  @Test
  void anUnknownEcosystemDirectoryIsA404Error() {
    assertThatThrownBy(() -> updater.update(dir.resolve("harden.db"), source, Set.of(Ecosystem.PYPI)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("HTTP 404");
    assertThat(dir.resolve("harden.db")).doesNotExist();
  }

  @Test
  void aFirstUpdateNeedsEcosystems() {
    assertThatThrownBy(() -> updater.update(dir.resolve("harden.db"), source, Set.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--ecosystem");
  }

  @Test
  void ecosystemsSeenByScansAreFetchedByABareUpdate() throws Exception {
    Path db = updatedDb();
    VulnStore.recordSeenEcosystems(db, Set.of(Ecosystem.GO));
    archives.put("/Go/all.zip", Zips.allZip(TestDb.ADVISORIES.resolve("osv/Go")));
    etags.put("/Go/all.zip", "\"go-1\"");
    List<DbUpdater.Outcome> out = updater.update(db, source, Set.of());
    assertThat(out).extracting(o -> o.ecosystem().osvName()).containsExactly("npm", "Maven", "Go");
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
