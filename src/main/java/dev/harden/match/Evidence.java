package dev.harden.match;

/**
 * Why a match was made, for the report.
 *
 * @param osvEcosystem the ecosystem string of the affected entry that decided ({@code Debian:12})
 * @param packageName the name matched (the source package when {@code bySource})
 * @param version the version evaluated
 * @param bySource true when matched through the source package
 * @param scheme the version scheme id used ({@code deb}, {@code npm}, ...)
 * @param detail the range interval hit ({@code [2.13.0,2.15.0)}), {@code listed in versions}, or
 *     why the answer is indeterminate
 */
public record Evidence(
    String osvEcosystem,
    String packageName,
    String version,
    boolean bySource,
    String scheme,
    String detail) {}
