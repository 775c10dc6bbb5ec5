package org.techbench.ui.assets;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.service.asset.AssetField;
import org.techbench.service.asset.AssetImportService;
import org.techbench.service.asset.DateOrder;
import org.techbench.service.asset.ImportMapping;
import org.techbench.service.asset.ImportOptions;
import org.techbench.service.asset.ImportPlan;
import org.techbench.service.asset.ImportResult;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.ProgressOnScreen;

/**
 * An import in the window: the dry run as soon as a file is chosen (again whenever the options
 * change), then the import itself; both show progress and can be cancelled.
 */
public final class ImportViewModel {

    /** Where the import stands. */
    public enum State { CHECKING, CHECKED, IMPORTING, CANCELLING, IMPORTED, CANCELLED, REFUSED }

    private final AssetImportService importer;
    private final Background background;
    private final Runnable imported;
    private final Path file;
    private final BooleanProperty updateExisting = new SimpleBooleanProperty(true);
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(true);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty();
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>(ImportMapping.lenient());
    private final java.util.List<String> siteCodes;
    private ProgressOnScreen current;
    /** A change of the mapping or options made while the file was being checked: checked again after. */
    private boolean checkAgain;

    /** {@code imported} is told when the import has written to the store; {@code siteCodes} are the sites it knows. */
    public ImportViewModel(AssetImportService importer, Background background, Path file, java.util.List<String> siteCodes,
                           Runnable imported) {
        this.importer = importer;
        this.background = background;
        this.file = file;
        this.siteCodes = java.util.List.copyOf(siteCodes);
        this.imported = imported;
        updateExisting.addListener((obs, old, value) -> check());
        allOrNothing.addListener((obs, old, value) -> check());
    }

    public Path file() {
        return file;
    }

    public BooleanProperty updateExisting() {
        return updateExisting;
    }

    public BooleanProperty allOrNothing() {
        return allOrNothing;
    }

    public ObjectProperty<State> state() {
        return state;
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public DoubleProperty progress() {
        return progress;
    }

    public ObjectProperty<ImportPlan> plan() {
        return plan;
    }

    public ObjectProperty<ImportResult> result() {
        return result;
    }

    public StringProperty message() {
        return message;
    }

    /** How the file is read: columns, values, the default site, new sites and the order of dates. */
    public ObjectProperty<ImportMapping> mapping() {
        return mapping;
    }

    public java.util.List<String> siteCodes() {
        return siteCodes;
    }

    /** Reads a column as a field, or leaves it out when {@code field} is null; checks the file again. */
    public void mapColumn(String header, AssetField field) {
        remap(mapping.get().withColumn(header, field == null ? "" : field.header()));
    }

    public void mapKind(String value, AssetKind kind) {
        remap(mapping.get().withKind(value, kind));
    }

    public void mapStatus(String value, AssetStatus status) {
        remap(mapping.get().withStatus(value, status));
    }

    /** The site of rows without one (blank: none), and whether codes the store does not know become new sites. */
    public void useSites(String defaultSite, boolean createSites) {
        remap(mapping.get().withSites(defaultSite, createSites));
    }

    public void readDates(DateOrder order) {
        remap(mapping.get().withDateOrder(order));
    }

    private void remap(ImportMapping changed) {
        if (!changed.equals(mapping.get())) {
            mapping.set(changed);
            check();
        }
    }

    public boolean canImport() {
        return state.get() == State.CHECKED && plan.get() != null && plan.get().applicable() && !plan.get().changesNothing();
    }

    /** The dry run: reads and checks the file, writes nothing. */
    public void check() {
        if (state.get() == State.CHECKING) {
            checkAgain = true;
            return;
        }
        if (state.get() == State.IMPORTING || state.get() == State.IMPORTED) {
            return;
        }
        boolean first = plan.get() == null && state.get() == null;
        state.set(State.CHECKING);
        progress.set(-1);
        message.set("");
        ImportMapping asked = mapping.get();
        ImportOptions options = new ImportOptions(updateExisting.get(), allOrNothing.get(), asked);
        Progress reporter = reporter();
        // The first look completes the mapping with what earlier imports of such a file learnt.
        background.run(() -> first ? importer.planRecalling(file, options, reporter) : importer.plan(file, options, reporter),
                checked -> {
                    // What was recalled is shown, unless the user changed the mapping meanwhile: theirs is checked next.
                    if (mapping.get().equals(asked)) {
                        mapping.set(checked.options().mapping());
                    }
                    plan.set(checked);
                    state.set(State.CHECKED);
                    checkedAgainIfAsked();
                }, error -> {
                    failed(error);
                    checkedAgainIfAsked();
                });
    }

    private void checkedAgainIfAsked() {
        if (checkAgain) {
            checkAgain = false;
            check();
        }
    }

    public void importNow() {
        if (!canImport()) {
            return;
        }
        state.set(State.IMPORTING);
        progress.set(0);
        ImportPlan checked = plan.get();
        Progress reporter = reporter();
        background.run(() -> importer.apply(checked, reporter), written -> {
            result.set(written);
            state.set(State.IMPORTED);
            imported.run();
        }, this::failed);
    }

    /** Stops the work; an import that committed parts takes them back first, which shows as its own progress. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
        if (state.get() == State.IMPORTING) {
            state.set(State.CANCELLING);
            progress.set(-1);
        }
    }

    private Progress reporter() {
        current = new ProgressOnScreen(background, progress::set);
        return current;
    }

    private void failed(Exception error) {
        progress.set(0);
        message.set(error.getMessage());
        state.set(error instanceof CancelledException ? State.CANCELLED : State.REFUSED);
    }
}
