package org.techbench.service.procedure;

import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureWalk;

/** A procedure run as stored, and where its recorded answers have taken it. */
public record RunState(ProcedureRun run, ProcedureWalk walk) {
}
