package org.techbench.service.procedure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.ProcedureWalk;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepAnswer;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.ProcedureRepository;
import org.techbench.store.Store;

/**
 * Procedure runs: started for an asset and/or a fault, saved after every step (a run survives a
 * crash and resumes where it stood), each step held to its definition's rules, and with a fault
 * each step's outcome in the fault's journal, in the same transaction.
 */
public final class ProcedureService {

    private final Store store;
    private final ProcedureRepository runs;
    private final FaultRepository faults;
    private final AssetRepository assets;
    private final Supplier<ProcedureLibrary> loading;
    private ProcedureLibrary library;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public ProcedureService(Store store, ProcedureRepository runs, FaultRepository faults, AssetRepository assets,
                            Supplier<ProcedureLibrary> library, Clock clock, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.runs = runs;
        this.faults = faults;
        this.assets = assets;
        this.loading = library;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** The library, read on first use: the command line and the window's start need not wait for it. */
    public synchronized ProcedureLibrary library() {
        if (library == null) {
            library = loading.get();
        }
        return library;
    }

    /** Starts a run of a procedure for an asset, a fault, or both (the site is theirs). */
    public RunState start(String code, UUID assetId, UUID faultId) {
        ProcedureDefinition definition = definition(code);
        UUID siteId = null;
        if (faultId != null) {
            siteId = faults.find(faultId).orElseThrow(() -> refused("procedure.noFault")).siteId();
        }
        if (assetId != null) {
            siteId = assets.find(assetId).orElseThrow(() -> refused("procedure.noAsset")).siteId();
        }
        if (siteId == null) {
            throw refused("procedure.forWhat");
        }
        ProcedureRun run = new ProcedureRun(Ids.next(), siteId, definition.code(), definition.version(), assetId, faultId,
                technician.get(), OffsetDateTime.now(clock), null, RunStatus.IN_PROGRESS);
        store.write(technician.get(), tx -> {
            runs.insertRuns(tx, List.of(run));
            return null;
        });
        return new RunState(run, ProcedureWalk.start(definition));
    }

    /** A run where its recorded steps left it. */
    public RunState state(UUID runId) {
        ProcedureRun run = runs.find(runId).orElseThrow(() -> refused("procedure.noRun"));
        return new RunState(run, ProcedureWalk.resume(definition(run.procedureCode()), answers(runs.steps(runId))));
    }

    /**
     * Answers the run's current step: saved at once (with the fault's journal entry when the run
     * has a fault, and the run completed when it was the last), or refused with why and nothing saved.
     */
    public RunState answer(UUID runId, String value, String note) {
        RunState state = state(runId);
        if (state.run().status() != RunStatus.IN_PROGRESS) {
            throw refused("procedure.notInProgress");
        }
        StepDefinition step = state.walk().current().orElseThrow(() -> refused("procedure.notInProgress"));
        ProcedureWalk.Outcome outcome = state.walk().answer(value, note);
        if (outcome.refusal() != null) {
            String detail = outcome.refusal().detail();
            String needed = definition(state.run().procedureCode()).step(detail)
                    .map(s -> s.text().in(refusals.get().locale())).orElse(detail);
            throw refused("procedure.refusal." + outcome.refusal().reason().name(), needed);
        }
        ProcedureWalk walk = outcome.walk();
        StepAnswer given = walk.path().getLast();
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID me = technician.get();
        ProcedureRun run = state.run();
        ProcedureRun after = walk.finished() ? new ProcedureRun(run.id(), run.siteId(), run.procedureCode(),
                run.procedureVersion(), run.assetId(), run.faultId(), run.technicianId(), run.startedAt(), now,
                RunStatus.COMPLETED) : run;
        int number = runs.steps(runId).size() + 1;
        store.write(me, tx -> {
            runs.appendSteps(tx, List.of(new ProcedureStep(Ids.next(), run.siteId(), run.id(), number,
                    given.value().equals("fail") ? StepOutcome.FAILED : StepOutcome.DONE, blankToNull(note), me, now,
                    step.id(), given.value())));
            if (run.faultId() != null) {
                Fault fault = faults.find(run.faultId()).orElseThrow();
                faults.appendEvents(tx, List.of(new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.ACTION,
                        run.procedureCode() + " · " + step.text().in(refusals.get().locale()) + ": " + given.value()
                                + (blankToNull(note) == null ? "" : " (" + note.strip() + ")"), me, now)));
            }
            if (after != run) {
                runs.update(tx, after);
            }
            return null;
        });
        return new RunState(after, walk);
    }

    /** Takes the last answer back: recorded as a step of its own, so the log stays append-only. */
    public RunState back(UUID runId) {
        RunState state = state(runId);
        if (state.walk().path().isEmpty() || state.run().status() != RunStatus.IN_PROGRESS) {
            return state;
        }
        ProcedureRun run = state.run();
        UUID me = technician.get();
        int number = runs.steps(runId).size() + 1;
        String undone = state.walk().path().getLast().stepId();
        store.write(me, tx -> {
            runs.appendSteps(tx, List.of(new ProcedureStep(Ids.next(), run.siteId(), run.id(), number, StepOutcome.BACK,
                    null, me, OffsetDateTime.now(clock), undone, null)));
            return null;
        });
        return new RunState(run, state.walk().back());
    }

    /** The answers still standing, in order: a BACK takes away the answer before it. */
    static List<StepAnswer> answers(List<ProcedureStep> recorded) {
        List<StepAnswer> answers = new ArrayList<>();
        for (ProcedureStep step : recorded) {
            if (step.stepId() == null) {
                continue; // recorded before steps named themselves
            }
            if (step.outcome() == StepOutcome.BACK) {
                if (!answers.isEmpty()) {
                    answers.removeLast();
                }
            } else {
                answers.add(new StepAnswer(step.stepId(), step.answer(), step.note()));
            }
        }
        return answers;
    }

    private ProcedureDefinition definition(String code) {
        return library().find(code).orElseThrow(() -> refused("procedure.unknown", code));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
