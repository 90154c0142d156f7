/**
 * Chapter 5, Supervision (监督, Art.25–30): inspections and rectification, self-discipline, sanctions, third-party evaluation, incentives and local policy packs.
 */
package dev.clustergov.core.application.supervision;
