package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileOwnershipTest {

  @Test
  void ownersAreFoundThroughMergedUsrSymlinks() throws Exception {
    CatalogResult r = ImageInventoryTest.catalog("node-app");
    MemoryFileResolver tree = new MemoryFileResolver()
        .symlink("/bin", "usr/bin", 0)
        .symlink("/lib", "usr/lib", 0)
        .directory("/usr/bin", 0);
    FileOwnership owners = FileOwnership.index(r, tree);
    assertThat(owners.ownersOf("/usr/bin/bash")).extracting(Pkg::name).containsExactly("bash");
    assertThat(owners.ownersOf("/bin/bash")).extracting(Pkg::name).containsExactly("bash");
    assertThat(owners.ownersOf("/usr/lib/x86_64-linux-gnu/libc.so.6")).extracting(Pkg::name)
        .containsExactly("libc6");
    assertThat(owners.ownersOf("/app/node_modules/express/index.js")).extracting(Pkg::name)
        .containsExactly("express");
    assertThat(owners.ownersOf("/app/server.js")).isEmpty();
  }
}
