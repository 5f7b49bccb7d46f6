package dev.harden.k8s;

import java.util.List;

/** A loaded manifest file: its text and its documents. */
public record ManifestFile(SourceText source, List<YamlDocument> documents) {

  public ManifestFile {
    documents = List.copyOf(documents);
  }

  public String name() {
    return source.name();
  }
}
