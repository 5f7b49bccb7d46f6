import java.io.FileInputStream;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * The part of an sbom no reader can skip, and nothing else: for every gzip layer file named on
 * the command line, the SHA-256 of its stored bytes (the blob digest), one inflate pass, and the
 * SHA-256 of the plain bytes (the diff id), on a pool of one thread per core, as harden reads
 * layers. No tar parsing, no cataloguing, no output. A fresh JVM runs it once, so its time is
 * the floor of a one-shot Java process on this machine: bench/sbom-floor.sh prints it beside
 * harden's. Compiled by that script into a temp dir.
 */
public class LayerFloor {

  public static void main(String[] args) throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<Long>> layers = new ArrayList<>();
    for (String file : args) {
      layers.add(pool.submit(() -> {
        MessageDigest stored = MessageDigest.getInstance("SHA-256");
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (InputStream in = new GZIPInputStream(
            new DigestInputStream(new FileInputStream(file), stored), 64 * 1024)) {
          byte[] buf = new byte[64 * 1024];
          for (int r; (r = in.read(buf)) > 0; n += r) {
            plain.update(buf, 0, r);
          }
        }
        stored.digest();
        plain.digest();
        return n;
      }));
    }
    long total = 0;
    for (Future<Long> f : layers) {
      total += f.get();
    }
    pool.shutdown();
    System.out.println(total + " plain bytes");
  }
}
