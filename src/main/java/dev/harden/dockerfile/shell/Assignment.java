package dev.harden.dockerfile.shell;

/**
 * {@code NAME=value} (or {@code NAME+=value}) before a command or on its own, as in {@code
 * DEBIAN_FRONTEND=noninteractive apt-get install ...}.
 */
public record Assignment(String name, boolean append, ShellWord value, int start, int end) {}
