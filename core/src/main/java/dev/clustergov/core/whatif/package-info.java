/**
 * What-if (政策模拟, Art.30): every PO of a jurisdiction evaluated, assessed and rewarded under a draft
 * policy pack beside the pack in force, and what changes — ratings up or down, incentives' differences,
 * findings that appear or go. A domain service: pure, it reads dossiers and policies and changes nothing.
 */
package dev.clustergov.core.whatif;
