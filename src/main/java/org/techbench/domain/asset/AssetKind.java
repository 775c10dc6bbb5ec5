package org.techbench.domain.asset;

/** The kinds of equipment a technician maintains. */
public enum AssetKind {
    SERVER, DESKTOP, LAPTOP, STORAGE, SWITCH, ROUTER, FIREWALL, PRINTER, MONITOR, OTHER
}
