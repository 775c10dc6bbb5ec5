package org.techbench.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.audit.AuditAuthor;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.domain.audit.AuditFilter;
import org.techbench.i18n.Texts;
import org.techbench.service.audit.AuditTrailService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/**
 * The Audit screen's state: the filter (who, which kind of record, from and to which day), the
 * newest entries it lets through with their count, and the export of all of them.
 */
public final class AuditViewModel {

    private final AuditTrailService trail;
    private final Background background;
    private final DialogService dialogs;
    private final Texts messages;
    private final ZoneId zone;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<AuditAuthor> authors = FXCollections.observableArrayList();
    private final ObservableList<String> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<AuditAuthor> author = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private long asked;

    public AuditViewModel(AuditTrailService trail, Background background, DialogService dialogs, Texts messages, ZoneId zone) {
        this.trail = trail;
        this.dialogs = dialogs;
        this.messages = messages;
        this.background = background;
        this.zone = zone;
        author.addListener((obs, old, value) -> refresh());
        subject.addListener((obs, old, value) -> refresh());
        from.addListener((obs, old, value) -> refresh());
        to.addListener((obs, old, value) -> refresh());
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObservableList<AuditAuthor> authors() {
        return authors;
    }

    public ObservableList<String> subjects() {
        return subjects;
    }

    public ObjectProperty<AuditAuthor> author() {
        return author;
    }

    public StringProperty subject() {
        return subject;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public IntegerProperty total() {
        return total;
    }

    public StringProperty problem() {
        return problem;
    }

    /** The filter as chosen: days from the start of {@code from} to the end of {@code to}, in the laptop's zone. */
    public AuditFilter filter() {
        return new AuditFilter(author.get() == null ? null : author.get().id(), subject.get(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The screen is shown: the filter's choices (who, which kinds of record) are read, then the entries. */
    public void activate() {
        record Choices(List<AuditAuthor> authors, List<String> subjects) {
        }
        background.run(() -> new Choices(trail.authors(), trail.subjects()), read -> {
            keepChoices(authors, read.authors());
            keepChoices(subjects, read.subjects());
        }, error -> problem.set(String.valueOf(error.getMessage())));
        refresh();
    }

    /** Reads the entries the filter lets through; a change of the filter reads them again, not its choices. */
    public void refresh() {
        long ask = ++asked;
        AuditFilter filter = filter();
        background.run(() -> trail.page(filter), page -> {
            if (ask != asked) {
                return; // a newer filter is being read
            }
            events.setAll(page.events());
            total.set(page.total());
            problem.set("");
        }, error -> problem.set(String.valueOf(error.getMessage())));
    }

    private static <T> void keepChoices(ObservableList<T> shown, List<T> read) {
        if (!shown.equals(read)) {
            shown.setAll(read);
        }
    }

    /** Exports every entry the filter lets through (not only the page shown) to a file the user chooses. */
    public void export() {
        dialogs.chooseFileToSave(messages.get("audit.export"), "audit.xlsx", List.of(
                new FileFilter("Excel (*.xlsx)", "*.xlsx"), new FileFilter("CSV (*.csv)", "*.csv"))).ifPresent(file -> {
                    AuditFilter filter = filter();
                    dialogs.runTask(messages.get("export.running", file.getFileName()),
                            progress -> trail.export(file, filter, progress),
                            count -> messages.get("audit.exported", count, file.toAbsolutePath()));
                });
    }
}
