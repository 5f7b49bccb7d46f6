package dev.harden.vulndb;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code harden db update}: fetches per-ecosystem {@code all.zip} archives from an osv.dev-style
 * layout ({@code <source>/<Ecosystem>/all.zip}) with conditional requests (If-None-Match,
 * If-Modified-Since), so an unchanged archive is not downloaded again, and replaces each
 * ecosystem's records with its archive's. Everything is built in a staged copy: any failure (HTTP
 * error, cut connection, truncated or hostile archive, bad record) leaves the old database as it
 * was.
 *
 * <p>Downloads use {@link HttpURLConnection} rather than {@code java.net.http.HttpClient} because
 * it has a socket read timeout: a server that stalls mid-body fails the update instead of hanging
 * it.
 */
public final class DbUpdater {

  /** osv.dev's public bucket of per-ecosystem archives. */
  public static final URI OSV_DEV = URI.create("https://osv-vulnerabilities.storage.googleapis.com");

  /** Upper bound on one downloaded archive. */
  static final long MAX_DOWNLOAD_BYTES = 4L << 30;

  /** How one ecosystem fared. */
  public enum Status {
    DOWNLOADED,
    UNCHANGED
  }

  /**
   * One ecosystem's result.
   *
   * @param ecosystem the ecosystem
   * @param url the archive's URL
   * @param status downloaded, or unchanged (HTTP 304)
   * @param records the records the archive holds
   */
  public record Outcome(Ecosystem ecosystem, String url, Status status, int records) {}

  private final Clock clock;
  private final String userAgent;
  private final Duration readTimeout;

  /**
   * @param clock stamps the fetch times
   * @param userAgent sent with every request
   * @param readTimeout how long a read may wait for the next bytes before the update fails
   */
  public DbUpdater(Clock clock, String userAgent, Duration readTimeout) {
    this.clock = clock;
    this.userAgent = userAgent;
    this.readTimeout = readTimeout;
  }

  /**
   * Updates the database at {@code db} from {@code source}. With no ecosystems asked for, fetches
   * those fetched before or seen by earlier scans; with none of those either, fails asking for
   * {@code --ecosystem}.
   */
  public List<Outcome> update(Path db, URI source, Set<Ecosystem> asked) throws InputException {
    List<Outcome> outcomes = new ArrayList<>();
    try (DbWriter writer = DbWriter.stage(db, clock)) {
      // in Ecosystem order, so output and failures do not depend on set iteration order
      Set<Ecosystem> ecosystems =
          new java.util.TreeSet<>(asked.isEmpty() ? writer.knownEcosystems() : asked);
      if (ecosystems.isEmpty()) {
        throw new InputException(
            db.toString(),
            "no ecosystems to update: name them with --ecosystem (none were fetched before"
                + " and no scan has recorded any)");
      }
      for (Ecosystem e : ecosystems) {
        outcomes.add(updateOne(db, writer, source, e));
      }
      writer.commit();
    }
    return outcomes;
  }

  private Outcome updateOne(Path db, DbWriter writer, URI source, Ecosystem e)
      throws InputException {
    String base = source.toString().replaceAll("/+$", "");
    String url =
        base + "/" + URLEncoder.encode(e.osvName(), StandardCharsets.UTF_8).replace("+", "%20")
            + "/all.zip";
    Optional<DbInfo.Source> before = writer.source(e).filter(s -> s.url().equals(url));
    Path download = null;
    HttpURLConnection http = null;
    try {
      http = (HttpURLConnection) URI.create(url).toURL().openConnection();
      http.setConnectTimeout((int) Duration.ofSeconds(30).toMillis());
      http.setReadTimeout((int) readTimeout.toMillis());
      http.setUseCaches(false);
      http.setRequestProperty("User-Agent", userAgent);
      HttpURLConnection request = http;
      before.map(DbInfo.Source::etag).ifPresent(t -> request.setRequestProperty("If-None-Match", t));
      before
          .map(DbInfo.Source::lastModified)
          .ifPresent(t -> request.setRequestProperty("If-Modified-Since", t));
      int status = http.getResponseCode();
      if (status == 304 && before.isPresent()) {
        DbInfo.Source s = before.get();
        writer.putSource(e, url, s.etag(), s.lastModified(), s.records());
        return new Outcome(e, url, Status.UNCHANGED, s.records());
      }
      if (status != 200) {
        throw new InputException(url, "HTTP " + status + " (expected 200 with the archive)");
      }
      download = Files.createTempFile(db.toAbsolutePath().getParent(), ".harden-download.", ".zip");
      try (InputStream body = http.getInputStream()) {
        copyBounded(url, body, download, http.getContentLengthLong());
      }
      writer.dropOrigin(origin(e));
      RecordImporter.Result r = new RecordImporter(writer, origin(e)).importZip(download);
      writer.putSource(
          e, url, http.getHeaderField("ETag"), http.getHeaderField("Last-Modified"), r.advisories());
      return new Outcome(e, url, Status.DOWNLOADED, r.advisories());
    } catch (IOException ex) {
      throw new InputException(url, "download failed: " + ex);
    } finally {
      if (http != null) {
        http.disconnect();
      }
      if (download != null) {
        try {
          Files.deleteIfExists(download);
        } catch (IOException ignored) {
          // a leftover download beside the database is harmless and named as one
        }
      }
    }
  }

  /** The origin under which an ecosystem's archive records are stored. */
  static String origin(Ecosystem e) {
    return "update:" + e.name();
  }

  private static void copyBounded(String url, InputStream in, Path to, long declared)
      throws IOException, InputException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(to)) {
      int r;
      while ((r = in.read(buf)) >= 0) {
        n += r;
        if (n > MAX_DOWNLOAD_BYTES) {
          throw new InputException(url, "archive larger than " + MAX_DOWNLOAD_BYTES + " bytes");
        }
        out.write(buf, 0, r);
      }
    }
    if (declared >= 0 && declared != n) {
      throw new InputException(url, "download cut short: " + n + " of " + declared + " bytes");
    }
  }
}
