package dev.harden.image.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution an image is built on, from {@code /etc/os-release} (or
 * {@code /usr/lib/os-release}) and, where that is missing, the older release files. Empty for a
 * scratch image.
 *
 * @param id lowercase distribution id ({@code debian}, {@code ubuntu}, {@code alpine}, {@code
 *     rhel}, {@code wolfi}, {@code chainguard}…)
 * @param idLike the {@code ID_LIKE} ids, for families ({@code rhel fedora})
 * @param versionId {@code VERSION_ID} or the version read from a release file; null when unknown
 * @param codename {@code VERSION_CODENAME}, or null
 * @param prettyName {@code PRETTY_NAME}, or null
 * @param distroless dpkg's per-package {@code status.d} is present and there is no shell: a
 *     distroless-style image
 * @param source the file the answer came from
 */
public record OsRelease(
    String id,
    List<String> idLike,
    String versionId,
    String codename,
    String prettyName,
    boolean distroless,
    String source) {

  /** The files {@link #detect} reads; OR this into the walk's selector. */
  public static final ContentSelector CONTENT =
      ContentSelector.globs("/etc/os-release", "/usr/lib/os-release", "/etc/alpine-release",
          "/etc/debian_version", "/etc/redhat-release", "/etc/centos-release",
          "/etc/fedora-release", "/etc/system-release");

  private static final long MAX_FILE = 64 * 1024;
  private static final List<String> SHELLS =
      List.of("/bin/sh", "/bin/bash", "/bin/ash", "/bin/busybox", "/usr/bin/sh", "/usr/bin/bash");
  private static final Pattern RELEASE =
      Pattern.compile("^(.*?)\\s+release\\s+([0-9][0-9.]*)", Pattern.CASE_INSENSITIVE);

  public OsRelease {
    idLike = List.copyOf(idLike);
  }

  /** True when this is the distribution or one of its family (ID or ID_LIKE). */
  public boolean isLike(String distro) {
    return distro.equals(id) || idLike.contains(distro);
  }

  /** The major version ({@code 12} of {@code 12.4}), or null. */
  public String majorVersion() {
    if (versionId == null) {
      return null;
    }
    int dot = versionId.indexOf('.');
    return dot < 0 ? versionId : versionId.substring(0, dot);
  }

  public static Optional<OsRelease> detect(FileResolver files) {
    boolean distroless = files.resolve("/var/lib/dpkg/status.d").isPresent()
        && SHELLS.stream().noneMatch(s -> files.resolve(s).isPresent());
    for (String path : List.of("/etc/os-release", "/usr/lib/os-release")) {
      Optional<String> text = read(files, path);
      if (text.isPresent()) {
        Map<String, String> kv = parse(text.get());
        if (kv.containsKey("ID") || kv.containsKey("NAME")) {
          String id = kv.getOrDefault("ID", kv.get("NAME")).toLowerCase(Locale.ROOT);
          List<String> like = new ArrayList<>();
          for (String l : kv.getOrDefault("ID_LIKE", "").split("\\s+")) {
            if (!l.isBlank()) {
              like.add(l.toLowerCase(Locale.ROOT));
            }
          }
          return Optional.of(new OsRelease(id, like, kv.get("VERSION_ID"),
              kv.get("VERSION_CODENAME"), kv.get("PRETTY_NAME"), distroless, path));
        }
      }
    }
    Optional<String> alpine = read(files, "/etc/alpine-release");
    if (alpine.isPresent()) {
      return Optional.of(new OsRelease("alpine", List.of(), firstLine(alpine.get()), null, null,
          distroless, "/etc/alpine-release"));
    }
    for (String path : List.of("/etc/redhat-release", "/etc/centos-release", "/etc/fedora-release",
        "/etc/system-release")) {
      Optional<String> text = read(files, path);
      if (text.isPresent()) {
        Matcher m = RELEASE.matcher(firstLine(text.get()));
        String name = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        String id = name.contains("centos") ? "centos" : name.contains("fedora") ? "fedora"
            : name.contains("rocky") ? "rocky" : name.contains("alma") ? "almalinux" : "rhel";
        return Optional.of(new OsRelease(id, List.of("rhel", "fedora"),
            versionOf(text.get()), null, firstLine(text.get()), distroless, path));
      }
    }
    Optional<String> debian = read(files, "/etc/debian_version");
    if (debian.isPresent()) {
      String v = firstLine(debian.get());
      return Optional.of(new OsRelease("debian", List.of(), v.matches("[0-9.]+") ? v : null,
          v.matches("[0-9.]+") ? null : v.replaceAll("/.*", ""), null, distroless,
          "/etc/debian_version"));
    }
    if (distroless) {
      return Optional.of(new OsRelease("debian", List.of(), null, null, null, true,
          "/var/lib/dpkg/status.d"));
    }
    return Optional.empty();
  }

  private static String versionOf(String text) {
    Matcher m = RELEASE.matcher(firstLine(text));
    return m.find() ? m.group(2) : null;
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }

  /** {@code KEY=value} lines with shell-style quoting, as os-release(5) describes them. */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      int eq = l.indexOf('=');
      if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
        continue;
      }
      String value = l.substring(eq + 1).strip();
      if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
          && value.charAt(value.length() - 1) == value.charAt(0)) {
        value = value.substring(1, value.length() - 1).replaceAll("\\\\([\"'`$\\\\])", "$1");
      }
      out.put(l.substring(0, eq).strip(), value);
    }
    return out;
  }

  private static Optional<String> read(FileResolver files, String path) {
    Optional<FileEntry> e = files.resolve(path);
    if (e.isEmpty() || !(e.get().isRegular() || e.get().type() == FileType.HARDLINK)) {
      return Optional.empty();
    }
    try (InputStream in = files.open(e.get())) {
      return Optional.of(new String(in.readNBytes((int) MAX_FILE), StandardCharsets.UTF_8));
    } catch (IOException ex) {
      return Optional.empty();
    }
  }
}
