package org.techbench.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.maintenance.ChecklistFormService;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.service.procedure.ProcedureService;
import org.techbench.service.procedure.RunListing;
import org.techbench.service.report.ReportService;
import org.techbench.service.site.SiteService;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/**
 * The Reports screen's state: which report, its site, period, run and language; making it in the
 * background with progress and Cancel into a file the user chose; then opening it or its folder.
 */
public final class ReportsViewModel {

    private final ReportService reports;
    private final SiteService sites;
    private final ProcedureService procedures;
    private final MaintenanceService maintenance;
    private final ChecklistFormService forms;
    private final Background background;
    private final DialogService dialogs;
    private final Texts messages;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.MAINTENANCE);
    private final ObservableList<Site> siteChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<RunListing> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunListing> run = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistTemplate> checklists = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistTemplate> checklist = new SimpleObjectProperty<>();
    private final StringProperty assetTag = new SimpleStringProperty("");
    private final ObjectProperty<Path> made = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private UUID wantedRun;

    public ReportsViewModel(ReportService reports, SiteService sites, ProcedureService procedures,
                            MaintenanceService maintenance, ChecklistFormService forms, Background background,
                            DialogService dialogs, Texts messages, Clock clock) {
        this.reports = reports;
        this.maintenance = maintenance;
        this.forms = forms;
        this.sites = sites;
        this.procedures = procedures;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
        LocalDate today = LocalDate.now(clock);
        from.set(today.withDayOfMonth(1));
        to.set(today);
        language.set(messages.locale());
    }

    public ObjectProperty<ReportKind> kind() {
        return kind;
    }

    public ObservableList<Site> siteChoices() {
        return siteChoices;
    }

    /** The site; null for every site. */
    public ObjectProperty<Site> site() {
        return site;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObservableList<RunListing> runs() {
        return runs;
    }

    public ObjectProperty<RunListing> run() {
        return run;
    }

    public ObjectProperty<Locale> language() {
        return language;
    }

    public ObservableList<ChecklistTemplate> checklists() {
        return checklists;
    }

    /** The checklist of the forms; null for every checklist that applies. */
    public ObjectProperty<ChecklistTemplate> checklist() {
        return checklist;
    }

    /** The asset to print forms for, by its tag; empty for what the site has due. */
    public StringProperty assetTag() {
        return assetTag;
    }

    /** The last report made; null until one is. */
    public ObjectProperty<Path> made() {
        return made;
    }

    public StringProperty problem() {
        return problem;
    }

    /** Reads the sites and the finished runs to choose from; {@code runId} is chosen when listed. */
    public void activate(UUID runId) {
        wantedRun = runId;
        if (runId != null) {
            kind.set(ReportKind.PROCEDURE_RUN);
        }
        background.run(() -> new Choices(sites.all(), procedures.finished(null, null, 500), maintenance.templates()),
                choices -> {
            siteChoices.setAll(choices.sites());
            checklists.setAll(choices.checklists());
            runs.setAll(choices.runs());
            run.set(runs.stream().filter(r -> r.run().id().equals(wantedRun)).findFirst()
                    .orElse(run.get() != null ? run.get() : runs.isEmpty() ? null : runs.getFirst()));
        }, error -> problem.set(error.getMessage()));
    }

    private record Choices(List<Site> sites, List<RunListing> runs, List<ChecklistTemplate> checklists) {
    }

    /** Asks where to save, then makes the report in the background; the window stays usable. */
    public void make() {
        problem.set("");
        ReportKind chosen = kind.get();
        if (chosen.periodic() && (from.get() == null || to.get() == null)) {
            problem.set(messages.get("reports.needsPeriod"));
            return;
        }
        if (chosen == ReportKind.PROCEDURE_RUN && run.get() == null) {
            problem.set(messages.get("reports.needsRun"));
            return;
        }
        String tag = assetTag.get() == null ? "" : assetTag.get().strip();
        if (chosen == ReportKind.CHECKLIST_FORM && tag.isEmpty() && site.get() == null && checklist.get() == null) {
            problem.set(messages.get("reports.needsFormScope"));
            return;
        }
        dialogs.chooseFileToSave(messages.get("reports.saveAs"), chosen.fileName(),
                List.of(new FileFilter(messages.get("reports.excel"), List.of("*.xlsx")))).ifPresent(file -> {
                    Path out = file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file
                            : file.resolveSibling(file.getFileName() + ".xlsx");
                    UUID siteId = site.get() == null ? null : site.get().id();
                    Locale words = language.get();
                    LocalDate first = from.get();
                    LocalDate last = to.get();
                    UUID runId = run.get() == null ? null : run.get().run().id();
                    String code = checklist.get() == null ? null : checklist.get().code();
                    dialogs.runTask(messages.get("reports.making", messages.get("reports.kind." + chosen.name())),
                            progress -> {
                                switch (chosen) {
                                    case MAINTENANCE -> reports.maintenance(siteId, first, last, words, out, progress);
                                    case FAULTS -> reports.faults(siteId, first, last, words, out, progress);
                                    case QUALITY -> reports.quality(siteId, first, last, words, out, progress);
                                    case INVENTORY -> reports.inventory(siteId, words, out, progress);
                                    case PROCEDURE_RUN -> reports.procedureRun(runId, words, out);
                                    case CHECKLIST_FORM -> {
                                        UUID assetId = tag.isEmpty() ? null : forms.assetTagged(tag, siteId);
                                        forms.print(new ChecklistFormService.FormRequest(code, assetId,
                                                assetId == null ? siteId : null, last), words, out);
                                    }
                                }
                                background.onUiThread(() -> made.set(out));
                                return out;
                            }, done -> messages.get("reports.made", done.getFileName()));
                });
    }

    public void openMade() {
        if (made.get() != null) {
            dialogs.open(made.get());
        }
    }

    public void openFolder() {
        if (made.get() != null) {
            dialogs.open(made.get().toAbsolutePath().getParent());
        }
    }
}
