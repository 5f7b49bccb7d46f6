package dev.harden.report;

/**
 * The Dockerfile instruction that made a layer: the final stage's {@code RUN}, {@code COPY} or
 * {@code ADD} for the layers the build added, its {@code FROM} for the base image's layers.
 *
 * @param file the Dockerfile as given on the command line
 * @param line 1-based line of the instruction
 * @param instruction the instruction's keyword ({@code FROM}, {@code RUN}, {@code COPY}...)
 * @param base true when the layer came with the base image
 */
public record LayerSource(String file, int line, String instruction, boolean base) {}
