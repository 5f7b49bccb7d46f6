package dev.harden.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileType;
import dev.harden.image.fs.Symlinks;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Test-only: streams the layers of one of the known fixture archives in ../shared/images
 * ({@code docker save} layout) into a {@link MemoryFileResolver}, applying whiteouts and keeping
 * contents only for the selected files. Entry names are normalised and clamped to the root; this
 * is not the image reader (that one lands separately) and is only pointed at known fixtures.
 */
public final class DockerArchiveFixture {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DockerArchiveFixture() {}

  public static MemoryFileResolver load(Path archive, ContentSelector keep) throws IOException {
    Map<String, byte[]> blobs = new HashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(archive)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.isFile()) {
          blobs.put(clean(e.getName()), tar.readAllBytes());
        }
      }
    }
    JsonNode manifest = JSON.readTree(blobs.get("manifest.json"));
    MemoryFileResolver tree = new MemoryFileResolver();
    int index = 0;
    for (JsonNode layer : manifest.get(0).get("Layers")) {
      byte[] blob = blobs.get(clean(layer.asText()));
      if (blob == null) {
        throw new IOException("layer " + layer.asText() + " missing from " + archive);
      }
      applyLayer(tree, blob, index++, keep);
    }
    return tree;
  }

  private static void applyLayer(MemoryFileResolver tree, byte[] blob, int layer,
      ContentSelector keep) throws IOException {
    InputStream in = new ByteArrayInputStream(blob);
    if (blob.length > 2 && (blob[0] & 0xff) == 0x1f && (blob[1] & 0xff) == 0x8b) {
      in = new GZIPInputStream(in);
    }
    try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String path = Symlinks.normalize("/" + clean(e.getName()));
        String name = path.substring(path.lastIndexOf('/') + 1);
        String dir = path.substring(0, Math.max(path.lastIndexOf('/'), 0));
        if (name.equals(".wh..wh..opq")) {
          tree.clearDirectory(dir.isEmpty() ? "/" : dir);
          continue;
        }
        if (name.startsWith(".wh.")) {
          tree.delete((dir.isEmpty() ? "" : dir) + "/" + name.substring(4));
          continue;
        }
        int mode = e.getMode() & 07777;
        if (e.isDirectory()) {
          tree.directory(path, layer);
        } else if (e.isSymbolicLink()) {
          tree.symlink(path, e.getLinkName(), layer);
        } else if (e.isLink()) {
          String target = Symlinks.normalize("/" + clean(e.getLinkName()));
          tree.lookup(target).ifPresent(t -> {
            try {
              byte[] content = t.isRegular() && keep.keep(t) ? tree.open(t).readAllBytes() : null;
              tree.entry(new FileEntry(path, FileType.REGULAR, t.size(), t.mode(), t.uid(), t.gid(),
                  null, layer), content);
            } catch (IOException ex) {
              throw new java.io.UncheckedIOException(ex);
            }
          });
        } else if (e.isFile()) {
          FileEntry entry = new FileEntry(path, FileType.REGULAR, e.getSize(), mode,
              (int) e.getLongUserId(), (int) e.getLongGroupId(), null, layer);
          byte[] content = keep.keep(entry) ? tar.readAllBytes() : null;
          tree.entry(entry, content);
        }
      }
    }
  }

  private static String clean(String name) {
    String n = name;
    while (n.startsWith("./")) {
      n = n.substring(2);
    }
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    return n;
  }
}
