package org.techbench.ui.procedures;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.procedure.StepAnswer;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.RefusedException;
import org.techbench.service.Subject;
import org.techbench.service.procedure.ProcedureService;
import org.techbench.service.procedure.RunRecord;
import org.techbench.service.procedure.RunState;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;

/**
 * One open procedure run: the step to answer now, every answer saved the moment it is given (a
 * refusal says why and the step stays), back and forward over the answers, a tool step's tool run
 * with progress and Cancel, and the run's record with who, when and what.
 */
public final class RunnerViewModel {

    private final ProcedureService procedures;
    private final ChangeEvents changes;
    private final Background background;
    private final DialogService dialogs;
    private final Texts messages;
    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<RunRecord> record = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty toolOutput = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canForward = new SimpleBooleanProperty();
    /** Answers taken back, the latest on top: Forward gives the top one again. */
    private final Deque<StepAnswer> takenBack = new ArrayDeque<>();
    private ChangeEvents.Subscription listening;

    public RunnerViewModel(ProcedureService procedures, ChangeEvents changes, Background background, DialogService dialogs,
                           Texts messages) {
        this.procedures = procedures;
        this.changes = changes;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public ObjectProperty<RunState> state() {
        return state;
    }

    public ObjectProperty<RunRecord> record() {
        return record;
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty toolOutput() {
        return toolOutput;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty canForward() {
        return canForward;
    }

    /** Opens a run where its recorded steps left it (in progress), or its record (finished). */
    public void open(UUID runId) {
        takenBack.clear();
        canForward.set(false);
        problem.set("");
        toolOutput.set("");
        if (listening == null) {
            // A step recorded on another laptop for this run arrives by sync.
            listening = changes.listen(EnumSet.of(Subject.PROCEDURES), () -> background.onUiThread(this::refresh));
        }
        load(runId);
    }

    public void close() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        state.set(null);
        record.set(null);
    }

    private void refresh() {
        RunState open = state.get();
        if (open != null && !busy.get()) {
            load(open.run().id());
        }
    }

    private void load(UUID runId) {
        background.run(() -> new Loaded(procedures.state(runId), procedures.record(runId, messages.locale())), loaded -> {
            state.set(loaded.state());
            record.set(loaded.record());
        }, error -> {
            // A run whose procedure this laptop lacks still shows its record.
            background.run(() -> procedures.record(runId, messages.locale()), shown -> {
                state.set(null);
                record.set(shown);
                problem.set(error.getMessage());
            }, this::failed);
        });
    }

    private record Loaded(RunState state, RunRecord record) {
    }

    /** Saves the answer to the current step, or shows why it was refused (the step stays). */
    public void answer(String value, String note) {
        save(() -> procedures.answer(id(), value, note), value, note);
    }

    /** Saves an attachment step with its photo. */
    public void attach(Path photo, String note) {
        save(() -> procedures.answer(id(), null, note, photo), photo.getFileName().toString(), note);
    }

    private void save(Callable<RunState> work, String value, String note) {
        RunState before = state.get();
        if (before == null || busy.get()) {
            return;
        }
        String stepId = before.walk().current().map(s -> s.id()).orElse("");
        busy.set(true);
        background.run(() -> new Loaded(work.call(), procedures.record(id(), messages.locale())), loaded -> {
            busy.set(false);
            problem.set("");
            toolOutput.set("");
            StepAnswer again = takenBack.peek();
            if (again != null && again.stepId().equals(stepId) && again.value().equals(loaded.state().walk().path()
                    .getLast().value())) {
                takenBack.pop();
            } else {
                takenBack.clear();
            }
            show(loaded);
        }, this::stopped);
    }

    private void show(Loaded loaded) {
        canForward.set(fits(loaded.state()));
        state.set(loaded.state());
        record.set(loaded.record());
    }

    private void stopped(Exception error) {
        busy.set(false);
        failed(error);
    }

    /** Takes the last answer back (recorded as a step, so the record shows it). */
    public void back() {
        RunState before = state.get();
        if (before == null || busy.get() || before.walk().path().isEmpty()) {
            return;
        }
        StepAnswer last = before.walk().path().getLast();
        busy.set(true);
        background.run(() -> new Loaded(procedures.back(id()), procedures.record(id(), messages.locale())), loaded -> {
            busy.set(false);
            problem.set("");
            takenBack.push(last);
            show(loaded);
        }, this::stopped);
    }

    /** Gives the answer taken back last again. */
    public void forward() {
        StepAnswer again = takenBack.peek();
        if (again != null && canForward.get()) {
            answer(again.value(), again.note());
        }
    }

    /** The step the runner asks now is the one the top answer taken back belongs to. */
    private boolean fits(RunState now) {
        StepAnswer again = takenBack.peek();
        return again != null && now.walk().current().map(s -> s.id().equals(again.stepId())).orElse(false);
    }

    /** Runs the current tool step's tool in the background, with progress and Cancel; its output is then shown to record. */
    public void runTool(String host, String port) {
        if (host == null || host.isBlank()) {
            problem.set(messages.get("procedures.tool.noHost"));
            return;
        }
        UUID run = id();
        problem.set("");
        dialogs.runTask(messages.get("procedures.tool.running", host.strip()), progress -> {
            String output = procedures.runTool(run, host.strip(), port, progress);
            background.onUiThread(() -> toolOutput.set(output));
            return output;
        }, output -> messages.get("procedures.tool.done"));
    }

    private UUID id() {
        return state.get().run().id();
    }

    private void failed(Exception error) {
        problem.set(error instanceof RefusedException ? error.getMessage() : messages.get("procedures.failed", error.getMessage()));
    }
}
