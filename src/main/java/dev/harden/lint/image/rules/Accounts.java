package dev.harden.lint.image.rules;

import dev.harden.image.fs.FileEntry;
import dev.harden.image.fs.FileResolver;
import dev.harden.image.fs.FileType;
import dev.harden.lint.image.ImageSubject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The users and groups of an image, from its {@code /etc/passwd} and {@code /etc/group} (both kept
 * by the image reader for checks). Each file is either read, absent, or unreadable (present but
 * its content was not kept, e.g. a link to a file elsewhere): checks stay silent about what they
 * cannot know.
 */
final class Accounts {

  /** Whether a table was read. */
  enum Source { READ, ABSENT, UNREADABLE }

  /** Bounds a hostile file: real ones are a few KiB. */
  private static final int MAX_BYTES = 4 << 20;

  private final Source passwdSource;
  private final Source groupSource;
  private final Map<String, Integer> uidByName = new HashMap<>();
  private final Map<Integer, String> nameByUid = new HashMap<>();
  private final Map<String, Integer> gidByName = new HashMap<>();
  private final Map<Integer, String> nameByGid = new HashMap<>();

  private Accounts(FileResolver files) {
    passwdSource = read(files, "/etc/passwd", uidByName, nameByUid);
    groupSource = read(files, "/etc/group", gidByName, nameByGid);
  }

  static Accounts of(ImageSubject image) {
    return image.derived(Accounts.class, i -> new Accounts(i.files()));
  }

  Source passwd() {
    return passwdSource;
  }

  Source group() {
    return groupSource;
  }

  Optional<Integer> uid(String user) {
    return Optional.ofNullable(uidByName.get(user));
  }

  Optional<Integer> gid(String group) {
    return Optional.ofNullable(gidByName.get(group));
  }

  /** The user's name, or the number when passwd does not list it (0 is root everywhere). */
  String userName(int uid) {
    return nameByUid.getOrDefault(uid, uid == 0 ? "root" : Integer.toString(uid));
  }

  /** The group's name, or the number when group does not list it (0 is root everywhere). */
  String groupName(int gid) {
    return nameByGid.getOrDefault(gid, gid == 0 ? "root" : Integer.toString(gid));
  }

  /** Fills name→id and id→name (first name wins) from {@code name:x:id:...} lines. */
  private static Source read(FileResolver files, String path, Map<String, Integer> byName,
      Map<Integer, String> byId) {
    Optional<FileEntry> entry = files.resolve(path);
    if (entry.isEmpty()) {
      return Source.ABSENT;
    }
    FileType type = entry.get().type();
    if (type != FileType.REGULAR && type != FileType.HARDLINK) {
      return Source.UNREADABLE;
    }
    String text;
    try (InputStream in = files.open(entry.get())) {
      text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Source.UNREADABLE;
    }
    for (String line : text.split("\n")) {
      String[] fields = line.split(":", -1);
      if (fields.length < 3 || fields[0].isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        int id = Integer.parseInt(fields[2].trim());
        byName.putIfAbsent(fields[0], id);
        byId.putIfAbsent(id, fields[0]);
      } catch (NumberFormatException e) {
        // a malformed line names nobody
      }
    }
    return Source.READ;
  }

  /**
   * The {@code User} of an image config, {@code user[:group]}, each part a name or a number
   * (docker's and the OCI runtime's syntax).
   *
   * @param user the user part, never empty ({@code root} when the config sets none)
   * @param group the group part, or null
   * @param set whether the config set a user at all
   */
  record UserSpec(String user, String group, boolean set) {

    static UserSpec parse(String raw) {
      if (raw == null || raw.isBlank()) {
        return new UserSpec("root", null, false);
      }
      String r = raw.trim();
      int colon = r.indexOf(':');
      String user = colon < 0 ? r : r.substring(0, colon);
      String group = colon < 0 ? null : r.substring(colon + 1);
      return new UserSpec(user.isEmpty() ? "root" : user,
          group == null || group.isEmpty() ? null : group, true);
    }

    static boolean numeric(String part) {
      return part != null && part.matches("[0-9]+");
    }

    boolean numericUser() {
      return numeric(user);
    }
  }
}
