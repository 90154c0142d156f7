package dev.clustergov.core.policy;

/** PLACEHOLDER until the policy branch merges. */
public record PolicySource(String jurisdiction, int version) {}
