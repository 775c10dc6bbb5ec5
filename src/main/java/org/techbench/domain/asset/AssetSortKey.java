package org.techbench.domain.asset;

/** The columns the asset list can be sorted by. */
public enum AssetSortKey {
    TAG, NAME, SITE, KIND, MAKE, MODEL, SERIAL, IP_ADDRESS, HOSTNAME, STATUS, WARRANTY_ENDS_ON
}
