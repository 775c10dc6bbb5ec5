package org.techbench.ui.maintenance;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.InspectionRecord;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.ui.common.Background;

/**
 * One inspection being answered: every answer goes to the store the moment it is given, and a
 * refused one leaves its reason at its item; finishing asks for the customer's name and signature.
 */
public final class InspectionViewModel {

    private final MaintenanceService maintenance;
    private final ChangeEvents changes;
    private final Background background;
    private final Locale language;
    private final ObjectProperty<InspectionRecord> record = new SimpleObjectProperty<>();
    private final ObservableMap<UUID, String> problems = FXCollections.observableHashMap();
    private final StringProperty customerName = new SimpleStringProperty("");
    private final StringProperty finishProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private ChangeEvents.Subscription listening;
    private UUID inspectionId;

    public InspectionViewModel(MaintenanceService maintenance, ChangeEvents changes, Background background, Locale language) {
        this.maintenance = maintenance;
        this.changes = changes;
        this.background = background;
        this.language = language;
    }

    public ObjectProperty<InspectionRecord> record() {
        return record;
    }

    /** The reason an answer was refused, by item. */
    public ObservableMap<UUID, String> problems() {
        return problems;
    }

    public StringProperty customerName() {
        return customerName;
    }

    public StringProperty finishProblem() {
        return finishProblem;
    }

    /** What was just done (a fault raised, a photo kept). */
    public StringProperty message() {
        return message;
    }

    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.MAINTENANCE, Subject.FAULTS), () -> background.onUiThread(this::reload));
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    public void load(UUID id) {
        if (!id.equals(inspectionId)) {
            inspectionId = id;
            record.set(null);
            problems.clear();
            finishProblem.set("");
            message.set("");
            customerName.set("");
        }
        reload();
    }

    private void reload() {
        UUID asked = inspectionId;
        if (asked == null) {
            return;
        }
        background.run(() -> maintenance.record(asked), loaded -> {
            if (asked.equals(inspectionId)) {
                record.set(loaded);
            }
        }, error -> message.set(error.getMessage()));
    }

    /** Saves an answer at once; a refusal is shown at the item and nothing is saved. */
    public void answer(ChecklistItem item, Answer answer) {
        UUID asked = inspectionId;
        background.run(() -> maintenance.answer(asked, item.id(), answer), saved -> {
            problems.remove(item.id());
            reload();
        }, error -> problems.put(item.id(), error.getMessage()));
    }

    public void attachPhoto(ChecklistItem item, Path file) {
        UUID asked = inspectionId;
        background.run(() -> maintenance.attachPhoto(asked, item.id(), file), kept -> {
            problems.remove(item.id());
            message.set(kept.fileName());
            reload();
        }, error -> problems.put(item.id(), error.getMessage()));
    }

    public void raiseFault(ChecklistItem item) {
        UUID asked = inspectionId;
        background.run(() -> maintenance.raiseFault(asked, item.id(), language), fault -> {
            message.set(fault.number());
            reload();
        }, error -> problems.put(item.id(), error.getMessage()));
    }

    /** Finishes with the customer's name and the signature drawn on the pad (PNG bytes, empty when not signed). */
    public void finish(byte[] signature, Runnable finished) {
        UUID asked = inspectionId;
        String customer = customerName.get();
        background.run(() -> maintenance.finish(asked, customer, signature, language), done -> {
            finishProblem.set("");
            reload();
            finished.run();
        }, error -> finishProblem.set(error.getMessage()));
    }
}
