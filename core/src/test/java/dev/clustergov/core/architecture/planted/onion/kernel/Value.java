package dev.clustergov.core.architecture.planted.onion.kernel;

/** Planted onion, domain model: depends on nothing. */
public record Value(String text) {}
