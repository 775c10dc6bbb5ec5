package org.techbench.ui.faults;

import org.techbench.domain.fault.SlaState;

/** Which SLA standings the Faults list shows. */
public enum SlaFilter {
    ANY, AT_RISK, BREACHED;

    boolean accepts(SlaState state) {
        return switch (this) {
            case ANY -> true;
            case AT_RISK -> state.atRisk();
            case BREACHED -> state.standing() == org.techbench.domain.fault.SlaStanding.BREACHED;
        };
    }
}
