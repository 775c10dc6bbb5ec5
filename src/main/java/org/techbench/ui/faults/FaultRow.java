package org.techbench.ui.faults;

import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.SlaState;

/** One line of the Faults list: the fault and where it stands against its targets. */
public record FaultRow(Fault fault, SlaState sla) {
}
