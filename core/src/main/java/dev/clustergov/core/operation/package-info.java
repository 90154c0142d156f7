/**
 * Operation (运行, Chapter 4, Art.17–24): the PO's member units, the hard platforms it builds or
 * coordinates, the service activities it runs for the seven functions' 32 items, and the
 * coverage of those items over a period.
 */
package dev.clustergov.core.operation;
