package org.techbench.domain.asset;

/** The kinds of event an asset's history timeline merges. */
public enum TimelineKind {
    INSPECTION, FAULT, PROCEDURE_RUN, COMPONENT_FITTED, COMPONENT_REMOVED
}
