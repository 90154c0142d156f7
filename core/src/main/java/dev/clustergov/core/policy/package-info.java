/**
 * Policy packs (政策包, Art.30): every number the guideline leaves open, held as typed
 * {@link dev.clustergov.core.policy.Parameter}s in versioned, dated packs per jurisdiction. The
 * national baseline ships with the core ({@link dev.clustergov.core.policy.NationalBaseline}); a
 * locality overlays only what it changes, and {@link dev.clustergov.core.policy.PolicyResolver}
 * gives the {@link dev.clustergov.core.policy.Policy} in force for a region on a date.
 */
package dev.clustergov.core.policy;
