package dev.harden.k8s;

import java.util.Locale;

/**
 * A seccomp or AppArmor profile setting, from a field ({@code type: RuntimeDefault}) or a legacy
 * annotation ({@code runtime/default}), normalised to one {@link Type}.
 *
 * @param type what the setting asks for
 * @param raw the value as written
 * @param source the field or annotation it was read from (findings point here)
 */
public record Profile(Type type, String raw, Field<String> source) {

  /** The kinds of profile; {@code OTHER} is a value Kubernetes does not accept. */
  public enum Type {
    RUNTIME_DEFAULT,
    LOCALHOST,
    UNCONFINED,
    OTHER
  }

  /** A profile from a {@code seccompProfile}/{@code appArmorProfile} field's {@code type}. */
  public static Profile fromField(Field<String> typeField) {
    Type type =
        switch (typeField.value()) {
          case "RuntimeDefault" -> Type.RUNTIME_DEFAULT;
          case "Localhost" -> Type.LOCALHOST;
          case "Unconfined" -> Type.UNCONFINED;
          default -> Type.OTHER;
        };
    return new Profile(type, typeField.value(), typeField);
  }

  /** A profile from a legacy seccomp or AppArmor annotation value. */
  public static Profile fromAnnotation(Field<String> annotation) {
    String v = annotation.value().trim();
    String lower = v.toLowerCase(Locale.ROOT);
    Type type;
    if (lower.equals("runtime/default") || lower.equals("docker/default")) {
      type = Type.RUNTIME_DEFAULT;
    } else if (v.startsWith("localhost/") && v.length() > "localhost/".length()) {
      type = Type.LOCALHOST;
    } else if (lower.equals("unconfined")) {
      type = Type.UNCONFINED;
    } else {
      type = Type.OTHER;
    }
    return new Profile(type, v, annotation);
  }
}
