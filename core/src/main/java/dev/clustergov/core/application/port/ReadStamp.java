package dev.clustergov.core.application.port;

/**
 * What a reader compares to know that nothing it derived from a PO has changed (读取戳, decision 0420): the stamp
 * of the PO's own parts and the stamp of what many POs read. Two reads of a PO with equal stamps read the same
 * dossier, public view and coverage; a different stamp may or may not mean a different answer. Stamps only grow.
 *
 * @param organization the sequence number of the last event about the PO's own parts (0 before any)
 * @param registry a counter advanced by every unit of work that changes what more than one PO reads (a PO's own
 *     record, clusters, authorities, policy packs, evaluators) and by every write that records no event
 */
public record ReadStamp(long organization, long registry) {
  public ReadStamp {
    if (organization < 0 || registry < 0) {
      throw new IllegalArgumentException("a stamp is never negative");
    }
  }

  /** The stamp as the opaque text of an entity tag: {@code 12.5}. */
  public String text() {
    return organization + "." + registry;
  }
}
