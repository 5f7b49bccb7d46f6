package dev.harden.fix.k8s;

import dev.harden.k8s.Field;
import dev.harden.k8s.Workload;

/** Windows pods take no Linux security settings; the API server rejects them. */
final class WindowsPods {

  private WindowsPods() {}

  static boolean isWindows(Workload w) {
    return w.podSpec().child("os").flatMap(os -> os.string("name")).map(Field::value)
        .filter("windows"::equalsIgnoreCase)
        .isPresent();
  }
}
