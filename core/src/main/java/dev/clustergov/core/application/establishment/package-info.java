/**
 * Chapter 2, Establishment (组建, Art.7–8): proposing a PO, its founding application, establishing it, and the governance structure's major matters — charter, bodies, legal representative, registered capital.
 */
package dev.clustergov.core.application.establishment;
