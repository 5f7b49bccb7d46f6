package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Field;
import dev.harden.k8s.SecurityContext;
import dev.harden.k8s.Workload;

/** Walks every capability a workload's containers add, normalised (K8S002, K8S003, K8S029). */
final class AddedCapabilities {

  /** Receives one added capability: its container, its list item, its normalised name. */
  @FunctionalInterface
  interface Visitor {
    void visit(Container container, Field<String> item, String capability);
  }

  private AddedCapabilities() {}

  static void forEach(Workload workload, Visitor visitor) {
    for (Container c : workload.podSpec().containers()) {
      for (Field<String> added : workload.security(c).addedCapabilities()) {
        visitor.visit(c, added, SecurityContext.normalizeCapability(added.value()));
      }
    }
  }
}
