/**
 * Incentives (激励, Art.29): the amount a recognised PO earns for a period by a policy formula over
 * the four results Art.29 names — landed project investment, technology transaction value, supply
 * contract value, talent by number and level — after the eligibility gates the policy sets; and the
 * award the PO's own authority grants (Art.26). A domain service: it reads the dossier and the
 * policy in force and never changes anything.
 */
package dev.clustergov.core.incentive;
