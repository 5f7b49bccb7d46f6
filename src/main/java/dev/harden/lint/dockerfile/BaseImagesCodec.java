package dev.harden.lint.dockerfile;

import dev.harden.dockerfile.ImageReference;
import dev.harden.lint.dockerfile.BaseImage.Family;
import dev.harden.lint.dockerfile.BaseImage.Kind;
import dev.harden.lint.dockerfile.BaseImage.Variant;
import dev.harden.lint.dockerfile.BaseImageEntry.TagWord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base in a compact binary form, written at build time from base-images.yaml (see
 * {@link BaseImagesCompiler}) and read by {@link BaseImages#builtin()}. The YAML stays the source:
 * people edit it and the build checks it. This form exists for start-up alone: a fresh JVM
 * spends about 80 ms scanning 17 KB of YAML, most of a {@code harden lint} run's own work, and
 * under 5 ms reading these bytes (the JDK ships its time-zone rules compiled the same way).
 *
 * <p>Layout: a magic string and a format number, then the sections in a fixed order; maps are
 * written sorted by key so the same YAML always gives the same bytes.
 */
final class BaseImagesCodec {

  static final String RESOURCE = "base-images.bin";
  private static final String MAGIC = "harden base images";
  private static final int FORMAT = 1;

  private BaseImagesCodec() {}

  static byte[] encode(BaseImages kb) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      writeWords(out, kb.tagWords());
      writeStrings(out, kb.mirrors());
      out.writeInt(kb.binaryRuntimes().size());
      for (String key : sorted(kb.binaryRuntimes().keySet())) {
        out.writeUTF(key);
        out.writeUTF(kb.binaryRuntimes().get(key).toString());
      }
      writeEntries(out, kb.repositories());
      writeEntries(out, kb.prefixes());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /** Reads what {@link #encode} wrote; anything else (another format, cut short) fails. */
  static BaseImages decode(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
        throw new IOException("not a compiled knowledge base of format " + FORMAT);
      }
      Map<String, TagWord> words = readWords(in);
      List<String> mirrors = readStrings(in);
      Map<String, ImageReference> runtimes = new LinkedHashMap<>();
      for (int i = count(in); i > 0; i--) {
        runtimes.put(in.readUTF(), ImageReference.parse(in.readUTF()));
      }
      Map<String, BaseImageEntry> repositories = readEntries(in);
      Map<String, BaseImageEntry> prefixes = readEntries(in);
      if (in.read() != -1) {
        throw new IOException("trailing bytes after the knowledge base");
      }
      return new BaseImages(words, mirrors, runtimes, repositories, prefixes);
    } catch (EOFException e) {
      throw new IOException("compiled knowledge base is cut short", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("compiled knowledge base holds a bad value: " + e.getMessage(), e);
    }
  }

  private static void writeEntries(DataOutputStream out, Map<String, BaseImageEntry> entries)
      throws IOException {
    out.writeInt(entries.size());
    for (String key : sorted(entries.keySet())) {
      BaseImageEntry e = entries.get(key);
      out.writeUTF(key);
      writeEnum(out, e.family());
      writeEnum(out, e.kind());
      writeEnum(out, e.packageManager());
      writeText(out, e.defaultUser());
      out.writeBoolean(e.lean());
      writeText(out, e.latestTag());
      out.writeInt(e.variants().size());
      for (Variant v : sorted(e.variants().keySet())) {
        out.writeUTF(v.name());
        out.writeUTF(e.variants().get(v));
      }
      out.writeInt(e.variantMajors().size());
      for (Variant v : sorted(e.variantMajors().keySet())) {
        out.writeUTF(v.name());
        writeStrings(out, e.variantMajors().get(v));
      }
      out.writeBoolean(e.versionTags());
      writeText(out, e.runtimeImage());
      writeWords(out, e.tagWords());
      writeWords(out, e.majors());
    }
  }

  private static Map<String, BaseImageEntry> readEntries(DataInputStream in) throws IOException {
    Map<String, BaseImageEntry> entries = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      String key = in.readUTF();
      Optional<Family> family = readEnum(in, Family.class);
      Optional<Kind> kind = readEnum(in, Kind.class);
      Optional<PackageManager> packageManager = readEnum(in, PackageManager.class);
      Optional<String> defaultUser = readText(in);
      boolean lean = in.readBoolean();
      Optional<String> latestTag = readText(in);
      Map<Variant, String> variants = new LinkedHashMap<>();
      for (int v = count(in); v > 0; v--) {
        variants.put(Variant.valueOf(in.readUTF()), in.readUTF());
      }
      Map<Variant, List<String>> variantMajors = new LinkedHashMap<>();
      for (int v = count(in); v > 0; v--) {
        variantMajors.put(Variant.valueOf(in.readUTF()), readStrings(in));
      }
      boolean versionTags = in.readBoolean();
      Optional<String> runtimeImage = readText(in);
      Map<String, TagWord> tagWords = readWords(in);
      Map<String, TagWord> majors = readWords(in);
      entries.put(key, new BaseImageEntry(family, kind, packageManager, defaultUser, lean,
          latestTag, variants, variantMajors, versionTags, runtimeImage, tagWords, majors));
    }
    return entries;
  }

  private static void writeWords(DataOutputStream out, Map<String, TagWord> words)
      throws IOException {
    out.writeInt(words.size());
    for (String key : sorted(words.keySet())) {
      TagWord w = words.get(key);
      out.writeUTF(key);
      out.writeBoolean(w.prefix());
      out.writeByte(w.lean().map(b -> b ? 1 : 0).orElse(2));
      writeText(out, w.suite());
      out.writeBoolean(w.keep());
      out.writeBoolean(w.noVariant());
      writeEnum(out, w.family());
      writeEnum(out, w.packageManager());
      writeEnum(out, w.kind());
      writeText(out, w.defaultUser());
    }
  }

  private static Map<String, TagWord> readWords(DataInputStream in) throws IOException {
    Map<String, TagWord> words = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      String key = in.readUTF();
      boolean prefix = in.readBoolean();
      int lean = in.readByte();
      if (lean < 0 || lean > 2) {
        throw new IOException("bad lean flag " + lean);
      }
      words.put(key, new TagWord(prefix, lean == 2 ? Optional.empty() : Optional.of(lean == 1),
          readText(in), in.readBoolean(), in.readBoolean(), readEnum(in, Family.class),
          readEnum(in, PackageManager.class), readEnum(in, Kind.class), readText(in)));
    }
    return words;
  }

  private static void writeStrings(DataOutputStream out, Collection<String> strings)
      throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    List<String> strings = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  private static void writeText(DataOutputStream out, Optional<String> text) throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      out.writeUTF(text.get());
    }
  }

  private static Optional<String> readText(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  private static void writeEnum(DataOutputStream out, Optional<? extends Enum<?>> value)
      throws IOException {
    writeText(out, value.map(Enum::name));
  }

  private static <E extends Enum<E>> Optional<E> readEnum(DataInputStream in, Class<E> type)
      throws IOException {
    Optional<String> name = readText(in);
    return name.isEmpty() ? Optional.empty() : Optional.of(Enum.valueOf(type, name.get()));
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static <T extends Comparable<T>> List<T> sorted(Collection<T> keys) {
    return keys.stream().sorted().toList();
  }
}
