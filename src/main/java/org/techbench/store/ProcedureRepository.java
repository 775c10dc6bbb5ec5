package org.techbench.store;

import static org.techbench.schema.Tables.PROCEDURE_RUN;
import static org.techbench.schema.Tables.PROCEDURE_STEP;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.replication.CapturingTransaction;
import org.techbench.schema.tables.records.ProcedureRunRecord;
import org.techbench.schema.tables.records.ProcedureStepRecord;

/** Procedure runs and their append-only steps. */
public final class ProcedureRepository {

    private final Store store;

    public ProcedureRepository(Store store) {
        this.store = store;
    }

    public void insertRuns(CapturingTransaction tx, List<ProcedureRun> runs) {
        tx.insert(runs.stream().map(ProcedureRepository::toRecord).toList());
    }

    public void update(CapturingTransaction tx, ProcedureRun run) {
        List<String> changed = tx.updateFrom(toRecord(run));
        if (!changed.isEmpty()) {
            tx.audit("update", PROCEDURE_RUN.getName(), run.id(), run.siteId(),
                    "Procedure " + run.procedureCode() + ": " + String.join(", ", changed));
        }
    }

    public void appendSteps(CapturingTransaction tx, List<ProcedureStep> steps) {
        tx.insert(steps.stream().map(ProcedureRepository::toRecord).toList());
    }

    public List<ProcedureRun> runsOf(UUID assetId) {
        return store.dsl().selectFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.ASSET_ID.eq(assetId))
                .orderBy(PROCEDURE_RUN.STARTED_AT.desc())
                .fetch(r -> new ProcedureRun(r.getId(), r.getSiteId(), r.getProcedureCode(), r.getProcedureVersion(),
                        r.getAssetId(), r.getFaultId(), r.getTechnicianId(), r.getStartedAt(), r.getFinishedAt(),
                        RunStatus.valueOf(r.getStatus())));
    }

    public List<ProcedureStep> steps(UUID runId) {
        return store.dsl().selectFrom(PROCEDURE_STEP).where(PROCEDURE_STEP.RUN_ID.eq(runId))
                .orderBy(PROCEDURE_STEP.STEP_NUMBER, PROCEDURE_STEP.RECORDED_AT)
                .fetch(r -> new ProcedureStep(r.getId(), r.getSiteId(), r.getRunId(), r.getStepNumber(),
                        StepOutcome.valueOf(r.getOutcome()), r.getNote(), r.getTechnicianId(), r.getRecordedAt()));
    }

    private static ProcedureRunRecord toRecord(ProcedureRun run) {
        ProcedureRunRecord r = new ProcedureRunRecord();
        r.setId(run.id());
        r.setSiteId(run.siteId());
        r.setProcedureCode(run.procedureCode());
        r.setProcedureVersion(run.procedureVersion());
        r.setAssetId(run.assetId());
        r.setFaultId(run.faultId());
        r.setTechnicianId(run.technicianId());
        r.setStartedAt(run.startedAt());
        r.setFinishedAt(run.finishedAt());
        r.setStatus(run.status().name());
        r.setArchived(false);
        return r;
    }

    private static ProcedureStepRecord toRecord(ProcedureStep step) {
        ProcedureStepRecord r = new ProcedureStepRecord();
        r.setId(step.id());
        r.setSiteId(step.siteId());
        r.setRunId(step.runId());
        r.setStepNumber(step.stepNumber());
        r.setOutcome(step.outcome().name());
        r.setNote(step.note());
        r.setTechnicianId(step.technicianId());
        r.setRecordedAt(step.recordedAt());
        return r;
    }
}
