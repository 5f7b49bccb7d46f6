package dev.harden.report;

import dev.harden.policy.Decision;
import dev.harden.policy.Subject;

/**
 * A finding or vulnerability with what the gate decided about it.
 *
 * @param item the {@code Finding} or {@code PackageMatch}
 * @param subject the facts the policy saw
 * @param decision the verdict and the rule that decided it
 */
public record Gated<T>(T item, Subject subject, Decision decision) {}
