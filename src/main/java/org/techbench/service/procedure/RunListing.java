package org.techbench.service.procedure;

import org.techbench.domain.procedure.LocalText;
import org.techbench.domain.procedure.ProcedureRun;

/** A run as a list shows it: its procedure's title, what it is for, and who runs it. */
public record RunListing(ProcedureRun run, LocalText title, String assetTag, String faultNumber, String technician) {
}
