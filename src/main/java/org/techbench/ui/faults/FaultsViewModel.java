package org.techbench.ui.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.SlaState;
import org.techbench.domain.fault.Waiting;
import org.techbench.domain.people.DispatchCandidate;
import org.techbench.domain.people.Technician;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.ChangeEvents;
import org.techbench.service.Subject;
import org.techbench.service.TechnicianService;
import org.techbench.service.attachment.AttachmentService;
import org.techbench.service.fault.FaultDetail;
import org.techbench.service.fault.FaultFilter;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.fault.FaultService;
import org.techbench.service.fault.FaultTools;
import org.techbench.service.fault.ResolutionSummary;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/**
 * The Faults screen's state: the filtered list with SLA standings (and the filters saved by name),
 * the fault open in detail, and what is done to it: moves, dispatch, journal entries with files,
 * and diagnostic tools.
 */
public final class FaultsViewModel {

    static final int LIMIT = 2_000;

    /** The saved filter every technician has, under a name the view words. */
    public static final String MINE_OPEN = "";

    private final FaultService faults;
    private final FaultTools tools;
    private final AttachmentService attachments;
    private final TechnicianService technicians;
    private final SiteService sites;
    private final ChangeEvents changes;
    private final Background background;
    private final DialogService dialogs;
    private final Texts messages;
    private final Consumer<Map<String, String>> savingFilters;
    private final ObservableList<FaultRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FaultScope> scope = new SimpleObjectProperty<>(FaultScope.OPEN);
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<FaultCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<Technician> assignee = new SimpleObjectProperty<>();
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final ObjectProperty<SlaFilter> sla = new SimpleObjectProperty<>(SlaFilter.ANY);
    private final ObservableList<Site> siteChoices = FXCollections.observableArrayList();
    private final ObservableList<Technician> technicianChoices = FXCollections.observableArrayList();
    private final ObservableList<String> savedFilterNames = FXCollections.observableArrayList();
    private final Map<String, String> savedFilters = new TreeMap<>();
    private final ObjectProperty<FaultDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private UUID shown;
    /** While a whole filter is applied, its fields' listeners do not each reload. */
    private boolean applying;
    /** Counts the lists asked for: a list that arrives after a later one was asked for is dropped. */
    private final AtomicLong listsAsked = new AtomicLong();
    private final AtomicLong detailsAsked = new AtomicLong();
    private ChangeEvents.Subscription listening;

    public FaultsViewModel(FaultService faults, FaultTools tools, AttachmentService attachments,
                           TechnicianService technicians, SiteService sites, ChangeEvents changes, Background background,
                           DialogService dialogs, Texts messages, Map<String, String> savedFilters,
                           Consumer<Map<String, String>> savingFilters) {
        this.faults = faults;
        this.tools = tools;
        this.attachments = attachments;
        this.sites = sites;
        this.technicians = technicians;
        this.changes = changes;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
        this.savingFilters = savingFilters;
        this.savedFilters.putAll(savedFilters);
        savedFilterNames.setAll(this.savedFilters.keySet());
        for (var field : List.of(scope, priority, category, site, assignee, sla)) {
            field.addListener((obs, old, value) -> filterChanged());
        }
        mine.addListener((obs, old, value) -> filterChanged());
    }

    public ObservableList<FaultRow> rows() {
        return rows;
    }

    public ObjectProperty<FaultScope> scope() {
        return scope;
    }

    public ObjectProperty<Priority> priority() {
        return priority;
    }

    public ObjectProperty<FaultCategory> category() {
        return category;
    }

    public ObjectProperty<Site> site() {
        return site;
    }

    public ObjectProperty<Technician> assignee() {
        return assignee;
    }

    public BooleanProperty mine() {
        return mine;
    }

    public ObjectProperty<SlaFilter> sla() {
        return sla;
    }

    /** The sites and technicians the filters offer, loaded when the screen is shown. */
    public ObservableList<Site> siteChoices() {
        return siteChoices;
    }

    public ObservableList<Technician> technicianChoices() {
        return technicianChoices;
    }

    /** The names of the filters the technician saved (the built-in "Mine, open" is not among them). */
    public ObservableList<String> savedFilterNames() {
        return savedFilterNames;
    }

    public ObjectProperty<FaultDetail> detail() {
        return detail;
    }

    /** What the last action was refused for, worded for the technician; empty when it went through. */
    public StringProperty problem() {
        return problem;
    }

    /** While shown, a change to any fault (here or by a sync) lists and shows afresh. */
    public void activate() {
        listening = changes.listen(EnumSet.of(Subject.FAULTS), () -> background.onUiThread(() -> {
            reload();
            if (shown != null) {
                show(shown);
            }
        }));
        record Choices(List<Site> sites, List<Technician> technicians) {
        }
        background.run(() -> new Choices(sites.active(), technicians.all()), choices -> {
            siteChoices.setAll(choices.sites());
            technicianChoices.setAll(choices.technicians());
        }, error -> problem.set(error.getMessage()));
        reload();
    }

    public void deactivate() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
    }

    /** The filter the list shows now. */
    public FaultListFilter currentFilter() {
        return new FaultListFilter(scope.get(), priority.get(), category.get(), site.get() == null ? null : site.get().id(),
                assignee.get() == null ? null : assignee.get().id(), mine.get(), sla.get());
    }

    /** Shows the list by a whole filter, with one reload. */
    public void apply(FaultListFilter filter) {
        applying = true;
        try {
            scope.set(filter.scope());
            priority.set(filter.priority());
            category.set(filter.category());
            site.set(siteChoices.stream().filter(s -> s.id().equals(filter.siteId())).findFirst().orElse(null));
            assignee.set(technicianChoices.stream().filter(t -> t.id().equals(filter.assigneeId())).findFirst()
                    .orElse(null));
            mine.set(filter.mine());
            sla.set(filter.sla());
        } finally {
            applying = false;
        }
        reload();
    }

    /** Applies a saved filter by its name ({@link #MINE_OPEN} for the built-in one). */
    public void applySaved(String name) {
        if (MINE_OPEN.equals(name)) {
            apply(FaultListFilter.mineOpen());
        } else if (savedFilters.containsKey(name)) {
            apply(FaultListFilter.decode(savedFilters.get(name)));
        }
    }

    /** Saves the current filter under a name (replacing one of that name) in the settings file. */
    public void saveFilter(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problem.set(messages.get("faults.filter.nameNeeded"));
            return;
        }
        savedFilters.put(trimmed, currentFilter().encode());
        savedFilterNames.setAll(savedFilters.keySet());
        savingFilters.accept(Map.copyOf(savedFilters));
    }

    public void forgetFilter(String name) {
        if (savedFilters.remove(name) != null) {
            savedFilterNames.setAll(savedFilters.keySet());
            savingFilters.accept(Map.copyOf(savedFilters));
        }
    }

    private void filterChanged() {
        if (!applying) {
            reload();
        }
    }

    public void reload() {
        FaultListFilter wanted = currentFilter();
        UUID assigneeId = wanted.mine() ? technicians.currentId() : wanted.assigneeId();
        // The SLA standing is worked out, not stored: with an SLA filter every fault in scope is weighed.
        FaultFilter filter = new FaultFilter(wanted.scope().statuses(),
                wanted.priority() == null ? Set.of() : Set.of(wanted.priority()), wanted.category(), wanted.siteId(),
                assigneeId, wanted.sla() == SlaFilter.ANY ? LIMIT : Integer.MAX_VALUE);
        long ask = listsAsked.incrementAndGet();
        background.run(() -> {
            List<Fault> listed = faults.list(filter);
            Map<UUID, SlaState> states = faults.sla(listed);
            return listed.stream().map(f -> new FaultRow(f, states.get(f.id())))
                    .filter(row -> wanted.sla().accepts(row.sla())).limit(LIMIT).toList();
        }, listed -> {
            if (ask == listsAsked.get()) {
                rows.setAll(listed);
            }
        }, error -> problem.set(error.getMessage()));
    }

    /** Opens a fault's detail (null closes it). */
    public void show(UUID faultId) {
        shown = faultId;
        long ask = detailsAsked.incrementAndGet();
        if (faultId == null) {
            detail.set(null);
            return;
        }
        background.run(() -> faults.detail(faultId), loaded -> {
            if (ask == detailsAsked.get()) {
                detail.set(loaded);
            }
        }, error -> problem.set(error.getMessage()));
    }

    public void move(FaultStatus target, String reason) {
        act(() -> faults.move(shown, target, reason));
    }

    public void hold(Waiting party, String what) {
        act(() -> faults.hold(shown, party, what));
    }

    public void assignToMe() {
        assign(technicians.currentId());
    }

    public void assign(UUID technicianId) {
        act(() -> faults.assign(shown, technicianId));
    }

    /** The technicians the open fault could go to, best first, for the dispatch form. */
    public void candidates(Consumer<List<DispatchCandidate>> loaded) {
        UUID faultId = shown;
        background.run(() -> faults.candidates(faultId), loaded, error -> problem.set(error.getMessage()));
    }

    public void addEntry(FaultEventKind kind, String body, List<Path> files, Runnable added) {
        List<Path> attached = new ArrayList<>(files);
        act(() -> faults.addEntry(shown, kind, body, attached), added);
    }

    /** Asks for files to attach to the next journal entry; {@code chosen} gets them. */
    public void chooseFiles(Consumer<List<Path>> chosen) {
        dialogs.chooseFileToOpen(messages.get("faults.attach"),
                List.of(new FileFilter(messages.get("faults.attach.any"), "*.*"))).ifPresent(file -> chosen.accept(List.of(file)));
    }

    /** Saves a copy of an entry's attached file where the technician chooses. */
    public void saveCopy(Attachment attachment) {
        dialogs.chooseFileToSave(messages.get("faults.attach.save"), attachment.fileName(), List.of()).ifPresent(target ->
                background.run(() -> {
                            attachments.saveCopy(attachment, target);
                            return target;
                        },
                        copied -> dialogs.toast(messages.get("faults.attach.saved", target.getFileName())),
                        error -> problem.set(messages.get("faults.attach.notHere", attachment.fileName()))));
    }

    /** Runs a diagnostic tool in the background (with progress and Cancel); its output lands in the journal. */
    public void runTool(DiagnosticTool tool, String host, String port) {
        problem.set("");
        Integer number;
        try {
            number = tool.needsPort() ? Integer.valueOf(port.strip()) : null;
        } catch (NumberFormatException | NullPointerException e) {
            problem.set(messages.get("faults.tool.badPort", port == null ? "" : port));
            return;
        }
        UUID faultId = shown;
        dialogs.runTask(messages.get("faults.tool.running", messages.get("faults.tool." + tool.name()), host),
                progress -> tools.run(faultId, tool, host, number, progress),
                entry -> messages.get("faults.tool.done", messages.get("faults.tool." + tool.name())));
    }

    public void resolve(ResolutionSummary summary, Runnable done) {
        act(() -> faults.resolve(shown, summary), done);
    }

    public void close(Integer rating, String comment, String reasonWithoutRating, Runnable done) {
        act(() -> faults.close(shown, rating, comment, reasonWithoutRating), done);
    }

    /** The sites a fault can be reported at, for the report form. */
    public void sites(Consumer<List<Site>> loaded) {
        background.run(sites::active, loaded, error -> problem.set(error.getMessage()));
    }

    /** Reports a fault: {@code reported} gets its id, {@code refused} what the form must correct. */
    public void report(FaultReport report, Consumer<UUID> reported, Consumer<String> refused) {
        background.run(() -> faults.report(report), fault -> reported.accept(fault.id()),
                error -> refused.accept(error.getMessage()));
    }

    private void act(Callable<?> work) {
        act(work, () -> { });
    }

    private void act(Callable<?> work, Runnable done) {
        problem.set("");
        background.run(work, ignored -> done.run(), error -> problem.set(error.getMessage()));
    }
}
