package dev.harden.lint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels an organisation wants on its images ({@code labelSchema} in {@code .harden.yaml}):
 * each label name with the form its value must have, and whether labels outside the schema are
 * reported ({@code strictLabels}). Empty: the label rules stay silent.
 *
 * @param labels label name to the form of its value, in the order the config file lists them
 * @param strict whether a LABEL key outside the schema is reported
 */
public record LabelSchema(Map<String, Type> labels, boolean strict) {

  public static final LabelSchema NONE = new LabelSchema(Map.of(), false);

  public LabelSchema {
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  public boolean isEmpty() {
    return labels.isEmpty();
  }

  /** The form the schema wants for a label, empty for a label it does not name. */
  public Optional<Type> type(String label) {
    return Optional.ofNullable(labels.get(label));
  }

  /** The forms a label value can be required to have (hadolint's names). */
  public enum Type {
    /** Any text; only presence and non-emptiness are checked. */
    TEXT,
    /** An absolute URI: a scheme, then what the scheme needs. */
    URL,
    /** An RFC 3339 date-time. */
    RFC3339,
    /** An SPDX licence id or licence expression. */
    SPDX,
    /** A git commit hash, full or abbreviated. */
    HASH,
    /** A semantic version (semver.org 2.0.0). */
    SEMVER,
    /** An e-mail address (RFC 5322 addr-spec). */
    EMAIL;

    /** The lower-case name used in the config file. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a config-file name (any case); throws {@link IllegalArgumentException} otherwise. */
    public static Type parse(String text) {
      for (Type t : values()) {
        if (t.label().equalsIgnoreCase(text.trim())) {
          return t;
        }
      }
      throw new IllegalArgumentException("unknown label type '" + text
          + "' (expected text, url, rfc3339, spdx, hash, semver or email)");
    }
  }
}
