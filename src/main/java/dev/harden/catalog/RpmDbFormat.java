package dev.harden.catalog;

/** Where an rpm's record was read: the three on-disk database formats, or a manifest. */
public enum RpmDbFormat {
  /** Berkeley DB hash database, {@code /var/lib/rpm/Packages} (RHEL 7/8, CentOS, Amazon Linux 2). */
  BERKELEY_DB,
  /** rpm's own "ndb" format, {@code Packages.db} (SUSE). */
  NDB,
  /** SQLite, {@code rpmdb.sqlite} (Fedora 33+, RHEL 9, Mariner). */
  SQLITE,
  /** Not a database: CBL-Mariner distroless images' {@code container-manifest-2} text listing. */
  CONTAINER_MANIFEST
}
