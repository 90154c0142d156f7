package dev.clustergov.core.policy;

/** PLACEHOLDER until the policy branch merges. */
public record PolicyPack(String id) {}
