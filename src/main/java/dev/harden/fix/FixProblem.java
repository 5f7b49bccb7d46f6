package dev.harden.fix;

import dev.harden.lint.Location;
import dev.harden.lint.RuleMeta;

/**
 * A finding {@code harden fix} wanted to fix but could not: a digest that did not resolve, an
 * {@code ARG} without a default, a base image whose distro is unknown. Listed with the reason so
 * nothing is skipped silently; nothing of it is applied.
 *
 * @param rule the rule whose finding stays
 * @param location where it is
 * @param description what the fix would have changed, one line
 * @param reason why it could not
 * @param blocking true when the fix failed for a reason outside the file (a registry that did not
 *     answer, a tag that does not exist): {@code harden fix} then exits 1
 */
public record FixProblem(
    RuleMeta rule, Location location, String description, String reason, boolean blocking) {}
