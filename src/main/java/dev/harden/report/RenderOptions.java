package dev.harden.report;

/**
 * How a report is rendered. The tool version lives here and nowhere else, so golden tests can
 * redact it in one place.
 *
 * @param colour ANSI colour in text output (only when writing to a terminal)
 * @param toolVersion the version string written into SARIF and SBOM documents
 * @param docsBase absolute URI that rule documentation paths ({@code docs/rules/HD001.md}) are
 *     resolved against for SARIF {@code helpUri}
 */
public record RenderOptions(boolean colour, String toolVersion, String docsBase) {

  public static final String DEFAULT_DOCS_BASE = "https://github.com/harden-dev/harden/blob/main/";

  public static RenderOptions plain(String toolVersion) {
    return new RenderOptions(false, toolVersion, DEFAULT_DOCS_BASE);
  }
}
