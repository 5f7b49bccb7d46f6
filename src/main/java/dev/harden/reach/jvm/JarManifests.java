package dev.harden.reach.jvm;

import dev.harden.image.fs.FileEntry;
import dev.harden.reach.graph.ImageView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the main attributes of a jar's {@code META-INF/MANIFEST.MF} from the image, streaming the
 * archive until the manifest (it comes first in jars written by {@code jar} and build tools) and
 * parsing it with the JDK's own {@link Manifest}. Bounded: the manifest at most 1 MiB, at most
 * {@value #MAX_ENTRIES} entries looked at. Also tells whether the jar has a given entry prefix
 * ({@code BOOT-INF/}).
 */
final class JarManifests {

  static final int MAX_MANIFEST = 1 << 20;
  static final int MAX_ENTRIES = 100_000;

  /** What the launcher reads from a jar. */
  record JarInfo(Optional<String> mainClass, Optional<String> classPath, boolean springBoot) {}

  private JarManifests() {}

  static JarInfo read(ImageView view, FileEntry jar) throws IOException {
    Attributes main = null;
    boolean boot = false;
    try (InputStream raw = view.files().open(jar); ZipInputStream zip = new ZipInputStream(raw)) {
      ZipEntry e;
      int count = 0;
      while ((e = zip.getNextEntry()) != null && count++ < MAX_ENTRIES) {
        String name = e.getName();
        if (name.startsWith("BOOT-INF/")) {
          boot = true;
        }
        if (main == null && name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
          byte[] bytes = zip.readNBytes(MAX_MANIFEST + 1);
          if (bytes.length > MAX_MANIFEST) {
            throw new IOException("manifest larger than " + MAX_MANIFEST + " bytes");
          }
          main = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
        }
        if (main != null && boot) {
          break;
        }
        if (main != null && count > 8) {
          break; // the manifest came first; BOOT-INF would have followed it closely
        }
      }
    }
    if (main == null) {
      return new JarInfo(Optional.empty(), Optional.empty(), boot);
    }
    String mainClass = main.getValue(Attributes.Name.MAIN_CLASS);
    boolean springLauncher = mainClass != null
        && mainClass.startsWith("org.springframework.boot.loader.");
    return new JarInfo(Optional.ofNullable(mainClass),
        Optional.ofNullable(main.getValue(Attributes.Name.CLASS_PATH)), boot || springLauncher);
  }
}
