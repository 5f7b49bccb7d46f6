package dev.harden.vulndb;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.util.List;

/** Where the matcher gets advisories: the store, or anything else that can answer the same. */
public interface AdvisorySource {

  /**
   * Advisories with an affected entry for this package, withdrawn ones included (the matcher
   * skips them). {@code name} is normalised with {@link Ecosystem#normaliseName} first.
   */
  List<Advisory> advisories(Ecosystem ecosystem, String name) throws InputException;
}
