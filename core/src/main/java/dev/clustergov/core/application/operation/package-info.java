/**
 * Chapter 4, Operation (运营, Art.17–24): member units, platforms and the service activities of the seven functions.
 */
package dev.clustergov.core.application.operation;
