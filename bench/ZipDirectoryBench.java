import dev.harden.io.ZipArchive;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What the Maven cataloguer pays per archive to list its entries and read its manifest, in a
 * fresh JVM as in a one-shot sbom: commons-compress's ZipFile against harden's ZipArchive, over
 * every jar of harden's own class path (held in memory, as archives from an image are). Run by
 * bench/zip-directory.sh, one JVM per reader.
 */
public class ZipDirectoryBench {

  public static void main(String[] args) throws Exception {
    List<byte[]> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        jars.add(Files.readAllBytes(Path.of(entry)));
      }
    }
    long start = System.nanoTime();
    long entries = 0;
    long manifestBytes = 0;
    for (byte[] jar : jars) {
      if (args[0].equals("commons")) {
        try (ZipFile zip = ZipFile.builder()
            .setSeekableByteChannel(new SeekableInMemoryByteChannel(jar)).get()) {
          for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
            entries++;
            if (e.getName().equals("META-INF/MANIFEST.MF")) {
              try (InputStream in = zip.getInputStream(e)) {
                manifestBytes += in.readAllBytes().length;
              }
            }
          }
        }
      } else {
        ZipArchive zip = ZipArchive.read(jar, Integer.MAX_VALUE);
        for (ZipArchive.Entry e : zip.entries()) {
          entries++;
          if (e.name().equals("META-INF/MANIFEST.MF")) {
            try (InputStream in = zip.open(e)) {
              manifestBytes += in.readAllBytes().length;
            }
          }
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%-8s %d jars, %d entries, %d manifest bytes: %d ms (%.1f us/entry)%n",
        args[0], jars.size(), entries, manifestBytes, ms, ms * 1000.0 / entries);
  }
}
