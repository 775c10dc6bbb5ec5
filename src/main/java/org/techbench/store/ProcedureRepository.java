package org.techbench.store;

import static org.techbench.schema.Tables.PROCEDURE_RUN;
import static org.techbench.schema.Tables.PROCEDURE_STEP;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.replication.CapturingTransaction;

/** Procedure runs and their append-only steps. */
public final class ProcedureRepository {

    private final Store store;

    public ProcedureRepository(Store store) {
        this.store = store;
    }

    public void insertRuns(CapturingTransaction tx, List<ProcedureRun> runs) {
        tx.insert(runs.stream().map(run -> tx.row(PROCEDURE_RUN, run)).toList());
    }

    public void update(CapturingTransaction tx, ProcedureRun run) {
        List<String> changed = tx.updateFrom(tx.row(PROCEDURE_RUN, run));
        if (!changed.isEmpty()) {
            tx.audit("update", PROCEDURE_RUN.getName(), run.id(), run.siteId(),
                    "Procedure " + run.procedureCode() + ": " + String.join(", ", changed));
        }
    }

    public void appendSteps(CapturingTransaction tx, List<ProcedureStep> steps) {
        tx.insert(steps.stream().map(step -> tx.row(PROCEDURE_STEP, step)).toList());
    }

    public java.util.Optional<ProcedureRun> find(UUID runId) {
        return store.dsl().selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.ID.eq(runId)).fetchOptionalInto(ProcedureRun.class);
    }

    public List<ProcedureRun> runsOf(UUID assetId) {
        return store.dsl().selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.ASSET_ID.eq(assetId))
                .orderBy(PROCEDURE_RUN.STARTED_AT.desc())
                .fetchInto(ProcedureRun.class);
    }

    public List<ProcedureStep> steps(UUID runId) {
        return store.dsl().selectFrom(PROCEDURE_STEP).where(PROCEDURE_STEP.RUN_ID.eq(runId))
                .orderBy(PROCEDURE_STEP.STEP_NUMBER, PROCEDURE_STEP.RECORDED_AT)
                .fetchInto(ProcedureStep.class);
    }
}
