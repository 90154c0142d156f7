/**
 * Third-party evaluation (第三方评价, Art.28) as a domain service: the engine that scores a dossier
 * against the policy's indicators, rates it gold, silver, bronze or none, explains the verdict and
 * fingerprints what it used; and the test of an evaluator's independence. Pure functions of
 * (dossier, policy, date): the same inputs, in any record order, give the same result.
 */
package dev.clustergov.core.evaluation;
