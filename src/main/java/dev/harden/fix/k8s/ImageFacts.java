package dev.harden.fix.k8s;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the manifest fixes want to know about a container's image, read from its config once the
 * image is available (the hook for {@code harden fix --image}).
 *
 * @param user the config's {@code User} as declared ({@code ""} when unset, which means root)
 * @param uid the numeric user id when {@code user} is a name that the image's /etc/passwd resolves
 * @param volumes the config's declared {@code VOLUME}s, which must stay writable
 */
public record ImageFacts(String user, OptionalLong uid, List<String> volumes) {

  public ImageFacts {
    volumes = List.copyOf(volumes);
  }

  /** True when the image runs as root: no user, {@code root}, {@code 0}, or {@code 0:...}. */
  public boolean runsAsRoot() {
    String u = userPart();
    return u.isEmpty() || u.equals("root") || u.equals("0");
  }

  /** The numeric user id the image declares, when {@code User} is a number. */
  public OptionalLong numericUser() {
    String u = userPart();
    if (!u.isEmpty() && u.chars().allMatch(Character::isDigit) && u.length() < 10) {
      return OptionalLong.of(Long.parseLong(u));
    }
    return OptionalLong.empty();
  }

  private String userPart() {
    String u = user.trim();
    int colon = u.indexOf(':');
    return colon < 0 ? u : u.substring(0, colon);
  }
}
