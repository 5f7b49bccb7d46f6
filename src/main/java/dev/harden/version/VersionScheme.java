package dev.harden.version;

/** A way of ordering version strings (dpkg, apk, rpm, SemVer, Maven, PEP 440). */
public interface VersionScheme {

  /** Short stable id used in evidence and JSON: {@code deb}, {@code apk}, {@code semver}, ... */
  String id();

  /** Parses a version string, or says why it is not one of this scheme. */
  Version parse(String raw) throws InvalidVersionException;
}
