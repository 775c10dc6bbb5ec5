package org.techbench.service.fault;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.SlaState;

/**
 * A fault with its journal (and the files attached to its entries, by entry), its SLA state, the
 * names a screen shows beside it and the host its diagnostic tools aim at by default.
 */
public record FaultDetail(Fault fault, List<FaultEvent> journal, Map<UUID, List<Attachment>> attachments, SlaState sla,
                          String siteCode, String assetTag, String assigneeName, String defaultHost) {
}
