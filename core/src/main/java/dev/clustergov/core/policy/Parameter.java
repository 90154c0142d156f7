package dev.clustergov.core.policy;

/** PLACEHOLDER until the policy branch merges. */
public record Parameter<T>(String key) {}
