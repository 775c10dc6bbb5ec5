package org.techbench.service.fault;

import java.util.List;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.SlaState;

/** A fault with its journal, its SLA state and the names a screen shows beside it. */
public record FaultDetail(Fault fault, List<FaultEvent> journal, SlaState sla, String siteCode, String assetTag,
                          String assigneeName) {
}
