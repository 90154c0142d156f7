/**
 * Chapter 1, General (总则, Art.1–6): the registry of authorities and clusters, and a PO's lifecycle — recognition, suspension, reinstatement, revocation, dissolution.
 */
package dev.clustergov.core.application.general;
