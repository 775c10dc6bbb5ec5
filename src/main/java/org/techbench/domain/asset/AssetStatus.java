package org.techbench.domain.asset;

/** Where an asset stands in its life: in use, being repaired, kept as a spare or retired. */
public enum AssetStatus {
    IN_SERVICE, IN_REPAIR, SPARE, RETIRED
}
