package dev.harden.dockerfile;

import java.util.Locale;
import java.util.Optional;

/**
 * A BuildKit flag before an instruction's arguments: {@code --platform=linux/amd64}, {@code
 * --link}. {@code name} is without the dashes; {@code value} is after quote removal (absent for a
 * bare boolean flag); {@code valueSpan} covers the value as written, after the {@code =}.
 */
public record Flag(
    String name,
    Optional<String> value,
    String raw,
    SourceSpan span,
    Optional<SourceSpan> valueSpan) {

  /** True for a boolean flag that is on: {@code --link} or {@code --link=true}. */
  public boolean isTrue() {
    return value.isEmpty() || value.get().toLowerCase(Locale.ROOT).equals("true");
  }

  /** The value, or "" for a flag given without one. */
  public String valueOrEmpty() {
    return value.orElse("");
  }
}
