package dev.harden.catalog;

/** What kind of artefact a package is; the id is what output formats print. */
public enum PkgType {
  DEB("deb"),
  APK("apk"),
  RPM("rpm"),
  NPM("npm"),
  JAVA_ARCHIVE("java-archive"),
  PYTHON("python"),
  GO_MODULE("go-module");

  private final String id;

  PkgType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
