package org.techbench.store;

import static org.techbench.schema.Tables.PROCEDURE_DEFINITION;
import static org.techbench.schema.Tables.PROCEDURE_RUN;
import static org.techbench.schema.Tables.PROCEDURE_STEP;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.TeamProcedure;
import org.techbench.replication.CapturingTransaction;

/** Procedure runs and their append-only steps, and the procedures the team added. */
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

    public void insertDefinition(CapturingTransaction tx, TeamProcedure procedure) {
        tx.insert(tx.row(PROCEDURE_DEFINITION, procedure));
        tx.audit("add", PROCEDURE_DEFINITION.getName(), procedure.id(), null,
                "Procedure " + procedure.code() + " version " + procedure.version());
    }

    /** The team's procedures, every version, oldest first. */
    public List<TeamProcedure> definitions() {
        return store.dsl().selectFrom(PROCEDURE_DEFINITION).where(PROCEDURE_DEFINITION.ARCHIVED.isFalse())
                .orderBy(PROCEDURE_DEFINITION.CODE, PROCEDURE_DEFINITION.VERSION, PROCEDURE_DEFINITION.ID)
                .fetchInto(TeamProcedure.class);
    }

    /** What changes when a procedure is added here or by a sync: how many there are and their newest clock. */
    public String definitionsFingerprint() {
        var row = store.dsl().select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(PROCEDURE_DEFINITION.HLC))
                .from(PROCEDURE_DEFINITION).fetchOne();
        return row.value1() + ":" + row.value2();
    }

    public Optional<ProcedureRun> find(UUID runId) {
        return store.dsl().selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.ID.eq(runId)).fetchOptionalInto(ProcedureRun.class);
    }

    public List<ProcedureRun> runsOf(UUID assetId) {
        return store.dsl().selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.ASSET_ID.eq(assetId))
                .orderBy(PROCEDURE_RUN.STARTED_AT.desc())
                .fetchInto(ProcedureRun.class);
    }

    /**
     * Runs of a status, newest first, at most {@code limit}: for one asset, one fault, or all when
     * both are null.
     */
    public List<ProcedureRun> runs(RunStatus status, UUID assetId, UUID faultId, int limit) {
        Condition where = PROCEDURE_RUN.STATUS.eq(status.name()).and(PROCEDURE_RUN.ARCHIVED.isFalse());
        if (assetId != null) {
            where = where.and(PROCEDURE_RUN.ASSET_ID.eq(assetId));
        }
        if (faultId != null) {
            where = where.and(PROCEDURE_RUN.FAULT_ID.eq(faultId));
        }
        return store.dsl().selectFrom(PROCEDURE_RUN).where(where)
                .orderBy(PROCEDURE_RUN.STARTED_AT.desc(), PROCEDURE_RUN.ID).limit(limit)
                .fetchInto(ProcedureRun.class);
    }

    public List<ProcedureStep> steps(UUID runId) {
        return store.dsl().selectFrom(PROCEDURE_STEP).where(PROCEDURE_STEP.RUN_ID.eq(runId))
                .orderBy(PROCEDURE_STEP.STEP_NUMBER, PROCEDURE_STEP.RECORDED_AT)
                .fetchInto(ProcedureStep.class);
    }
}
