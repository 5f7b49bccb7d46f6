package dev.harden.image;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Builds layer tars in tests: {@code TarBuilder.layer().file("/etc/os-release", "ID=debian\n")
 * .whiteout("/usr/bin/apt").tar()}. Names are written as given (minus a leading slash unless
 * {@link #raw} is used), so hostile names can be built too.
 */
public final class TarBuilder {

  private record Item(String name, byte type, byte[] data, String link, int mode) {}

  private final List<Item> items = new ArrayList<>();

  public static TarBuilder layer() {
    return new TarBuilder();
  }

  private static String rel(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  public TarBuilder dir(String path) {
    return dir(path, 0755);
  }

  /** A directory with these permission bits (sticky, setgid and world-writable ones too). */
  public TarBuilder dir(String path, int mode) {
    items.add(new Item(rel(path) + "/", TarConstants.LF_DIR, null, null, mode));
    return this;
  }

  public TarBuilder file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TarBuilder file(String path, byte[] content) {
    items.add(new Item(rel(path), TarConstants.LF_NORMAL, content, null, 0644));
    return this;
  }

  public TarBuilder file(String path, byte[] content, int mode) {
    items.add(new Item(rel(path), TarConstants.LF_NORMAL, content, null, mode));
    return this;
  }

  public TarBuilder symlink(String path, String target) {
    items.add(new Item(rel(path), TarConstants.LF_SYMLINK, null, target, 0777));
    return this;
  }

  public TarBuilder hardlink(String path, String target) {
    items.add(new Item(rel(path), TarConstants.LF_LINK, null, rel(target), 0644));
    return this;
  }

  public TarBuilder charDevice(String path) {
    items.add(new Item(rel(path), TarConstants.LF_CHR, null, null, 0666));
    return this;
  }

  public TarBuilder fifo(String path) {
    items.add(new Item(rel(path), TarConstants.LF_FIFO, null, null, 0644));
    return this;
  }

  /** {@code .wh.<name>} beside the path: deletes it from lower layers. */
  public TarBuilder whiteout(String path) {
    String p = rel(path);
    int slash = p.lastIndexOf('/');
    String name = slash < 0 ? ".wh." + p : p.substring(0, slash + 1) + ".wh." + p.substring(slash + 1);
    items.add(new Item(name, TarConstants.LF_NORMAL, new byte[0], null, 0644));
    return this;
  }

  /** {@code .wh..wh..opq} in the directory: hides what lower layers put there. */
  public TarBuilder opaque(String dir) {
    String d = rel(dir);
    items.add(new Item((d.isEmpty() ? "" : d + "/") + ".wh..wh..opq", TarConstants.LF_NORMAL,
        new byte[0], null, 0644));
    return this;
  }

  /** An entry with exactly this name (no normalisation): {@code ../../etc/x}, {@code /abs}. */
  public TarBuilder raw(String name, byte type, byte[] data, String link) {
    items.add(new Item(name, type, data, link, 0644));
    return this;
  }

  /** The uncompressed tar. */
  public byte[] tar() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Item i : items) {
        TarArchiveEntry e = new TarArchiveEntry(i.name(), i.type(), true);
        e.setMode(i.mode());
        e.setModTime(0);
        if (i.link() != null) {
          e.setLinkName(i.link());
        }
        if (i.data() != null) {
          e.setSize(i.data().length);
        }
        out.putArchiveEntry(e);
        if (i.data() != null) {
          out.write(i.data());
        }
        out.closeArchiveEntry();
      }
      out.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public byte[] gzip() {
    return gzip(tar());
  }

  public byte[] zstd() {
    return zstd(tar());
  }

  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] zstd(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZstdOutputStream out = new ZstdOutputStream(bytes)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
