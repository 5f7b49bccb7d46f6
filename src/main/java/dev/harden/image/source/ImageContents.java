package dev.harden.image.source;

import dev.harden.image.Image;
import dev.harden.image.LayerInfo;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.OsRelease;
import dev.harden.image.fs.TreeNote;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the pipeline scans: the file tree of an image (or of a root filesystem directory), the
 * image itself when there is one (config, manifest, digest), its layers, the notes about suspect
 * entries and the detected OS. Closing it removes spilled contents and releases the source.
 *
 * @param image empty for a root filesystem directory
 * @param layers empty for a root filesystem directory
 */
public record ImageContents(
    String source,
    Optional<Image> image,
    FileResolver files,
    List<LayerInfo> layers,
    List<TreeNote> notes,
    Optional<OsRelease> os,
    Closeable resources) implements Closeable {

  @Override
  public void close() throws IOException {
    resources.close();
  }
}
