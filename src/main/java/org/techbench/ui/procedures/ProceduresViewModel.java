package org.techbench.ui.procedures;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.RefusedException;
import org.techbench.service.Subject;
import org.techbench.service.procedure.ProcedureCatalog;
import org.techbench.service.procedure.ProcedureFile;
import org.techbench.service.procedure.ProcedureService;
import org.techbench.service.procedure.RunListing;
import org.techbench.service.procedure.RunState;
import org.techbench.ui.common.Background;

/**
 * The Procedures screen's lists: the library (newest version of each, built-in and the team's)
 * narrowed by a search, the runs in progress, and the finished runs (of one asset when one is
 * chosen). The library is read in the background, off the FX thread.
 */
public final class ProceduresViewModel {

    private static final int SHOWN = 200;

    private final ProcedureService procedures;
    private final ChangeEvents changes;
    private final Background background;
    private final Texts messages;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<ProcedureDefinition> library = FXCollections.observableArrayList();
    private final ObservableList<RunListing> inProgress = FXCollections.observableArrayList();
    private final ObservableList<RunListing> finished = FXCollections.observableArrayList();
    private final ObjectProperty<ProcedureDefinition> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> finishedOf = new SimpleObjectProperty<>();
    private final StringProperty finishedOfTag = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private List<ProcedureDefinition> everything = List.of();
    private ChangeEvents.Subscription listening;

    public ProceduresViewModel(ProcedureService procedures, ChangeEvents changes, Background background, Texts messages) {
        this.procedures = procedures;
        this.changes = changes;
        this.background = background;
        this.messages = messages;
        search.addListener((obs, old, text) -> narrow());
        finishedOf.addListener((obs, old, asset) -> reloadRuns());
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<ProcedureDefinition> library() {
        return library;
    }

    public ObservableList<RunListing> inProgress() {
        return inProgress;
    }

    public ObservableList<RunListing> finished() {
        return finished;
    }

    /** The procedure whose steps the screen shows before it is started. */
    public ObjectProperty<ProcedureDefinition> chosen() {
        return chosen;
    }

    /** The asset whose finished runs are listed; null for every asset. */
    public ObjectProperty<UUID> finishedOf() {
        return finishedOf;
    }

    /** The tag of that asset, once a run of it is listed. */
    public StringProperty finishedOfTag() {
        return finishedOfTag;
    }

    public StringProperty problem() {
        return problem;
    }

    public void activate() {
        if (listening == null) {
            listening = changes.listen(EnumSet.of(Subject.PROCEDURES, Subject.ASSETS, Subject.FAULTS),
                    () -> background.onUiThread(this::reload));
        }
        reload();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public void reload() {
        background.run(() -> procedures.catalog().all(), all -> {
            everything = all;
            narrow();
        }, this::failed);
        reloadRuns();
    }

    private void reloadRuns() {
        UUID asset = finishedOf.get();
        background.run(() -> new Runs(procedures.inProgress(null, null, SHOWN), procedures.finished(asset, null, SHOWN)),
                runs -> {
                    if (asset == finishedOf.get()) {
                        inProgress.setAll(runs.inProgress());
                        finished.setAll(runs.finished());
                        finishedOfTag.set(asset == null || runs.finished().isEmpty() ? ""
                                : runs.finished().getFirst().assetTag());
                    }
                }, this::failed);
    }

    private record Runs(List<RunListing> inProgress, List<RunListing> finished) {
    }

    /** Procedures whose code, title (either language) or step texts hold every word typed. */
    private void narrow() {
        String[] words = fold(search.get()).split("\\s+");
        library.setAll(everything.stream().filter(d -> {
            String text = fold(d.code() + " " + d.title().en() + " " + d.title().zh() + " " + d.kind().name() + " "
                    + (d.category() == null ? "" : d.category()) + " "
                    + String.join(" ", d.steps().stream().map(s -> s.text().en() + " " + s.text().zh()).toList()));
            for (String word : words) {
                if (!word.isEmpty() && !text.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    public boolean teamMade(ProcedureDefinition definition) {
        return ProcedureCatalog.teamMade(definition);
    }

    /** Starts the chosen procedure for what the technician typed; the run opens when it is saved. */
    public void start(String code, String assetTag, String faultNumber, Consumer<RunState> started, Consumer<String> refused) {
        background.run(() -> procedures.startFor(code, assetTag, faultNumber), started, error -> refused.accept(
                error instanceof RefusedException ? error.getMessage() : messages.get("procedures.failed", error.getMessage())));
    }

    /**
     * Starts a procedure for a record already chosen (one click from an asset); {@code software},
     * when given, answers the procedure's first question, which program.
     */
    public void start(String code, UUID assetId, String software, Consumer<RunState> started) {
        background.run(() -> {
            RunState state = procedures.start(code, assetId, null);
            boolean asksWhich = state.walk().current().map(step -> step.id().equals("software")).orElse(false);
            return software != null && asksWhich ? procedures.answer(state.run().id(), software, null) : state;
        }, started, this::failed);
    }

    /**
     * Starts the troubleshooting made for a fault's category; when none is, {@code choose} is told
     * the fault's number and the library is narrowed to its category.
     */
    public void troubleshoot(UUID faultId, Consumer<RunState> started, Consumer<String> choose) {
        background.run(() -> {
            Optional<RunState> run = procedures.troubleshoot(faultId);
            return run.isPresent() ? run.get() : procedures.fault(faultId);
        }, outcome -> {
            if (outcome instanceof RunState state) {
                started.accept(state);
            } else if (outcome instanceof org.techbench.domain.fault.Fault fault) {
                search.set(fault.category().name().toLowerCase(Locale.ROOT));
                choose.accept(fault.number());
            }
        }, this::failed);
    }

    /** Adds the team's procedure from a definition file; what is wrong with it is told by line. */
    public void add(java.nio.file.Path file, Consumer<ProcedureFile.Read> told) {
        background.run(() -> procedures.addFile(file), read -> {
            told.accept(read);
            if (read.valid()) {
                reload();
            }
        }, this::failed);
    }

    private void failed(Exception error) {
        problem.set(error instanceof RefusedException ? error.getMessage() : messages.get("procedures.failed", error.getMessage()));
    }
}
