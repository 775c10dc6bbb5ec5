package org.techbench.service.maintenance;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.report.forms.ChecklistForm;
import org.techbench.report.forms.ChecklistFormReader;
import org.techbench.report.forms.ChecklistFormWriter;
import org.techbench.report.forms.FilledForm;
import org.techbench.report.forms.FormFile;
import org.techbench.report.forms.FormProblem;
import org.techbench.report.print.ReportHeading;
import org.techbench.report.print.ReportRefused;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/**
 * Checklists that go out on paper and come back: prints blank forms for a checklist, an asset or
 * what a site has due, and turns a filled-in form file back into finished inspections, checked as
 * answers given in the window are, imported only when the user accepts a file without problems.
 */
public final class ChecklistFormService {

    private final Store store;
    private final MaintenanceRepository repository;
    private final MaintenanceService maintenance;
    private final AssetRepository assets;
    private final SiteRepository sites;
    private final TechnicianRepository technicians;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public ChecklistFormService(Store store, MaintenanceRepository repository, MaintenanceService maintenance,
                                AssetRepository assets, SiteRepository sites, TechnicianRepository technicians, Clock clock,
                                Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.repository = repository;
        this.maintenance = maintenance;
        this.assets = assets;
        this.sites = sites;
        this.technicians = technicians;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    /**
     * What to print forms for: every checklist of one asset (or the one named), else what one site
     * has due by a day (only the items due), else one checklist for any asset (its tag written in).
     */
    public record FormRequest(String templateCode, UUID assetId, UUID siteId, LocalDate until) {
    }

    /** The asset with a tag, within a site when given; refused when there is none or more than one. */
    public UUID assetTagged(String tag, UUID siteId) {
        String wanted = tag.strip();
        if (siteId != null) {
            return assets.findByTag(siteId, wanted).map(Asset::id).orElseThrow(() -> refused("form.noSuchTag", wanted));
        }
        List<Asset> tagged = assets.withTag(wanted);
        if (tagged.size() != 1) {
            throw refused(tagged.isEmpty() ? "form.noSuchTag" : "form.tagTwice", wanted);
        }
        return tagged.getFirst().id();
    }

    /** Prints the forms asked for to {@code out}; returns how many. */
    public int print(FormRequest request, Locale language, Path out) {
        List<ChecklistTemplate> templates = maintenance.templates().stream()
                .filter(t -> request.templateCode() == null || t.code().equalsIgnoreCase(request.templateCode())).toList();
        if (request.templateCode() != null && templates.isEmpty()) {
            throw refused("form.noSuchChecklist", request.templateCode());
        }
        Map<UUID, Site> siteById = sites.everySite().stream().collect(Collectors.toMap(Site::id, Function.identity()));
        Function<UUID, String> siteName = id -> Optional.ofNullable(siteById.get(id)).map(s -> s.code() + " " + s.name())
                .orElse("");
        List<ChecklistForm> forms = new ArrayList<>();
        String scope;
        String period = "";
        if (request.assetId() != null) {
            Asset asset = assets.find(request.assetId()).orElseThrow(() -> refused("maintenance.noAsset"));
            scope = siteName.apply(asset.siteId());
            for (ChecklistTemplate template : templates) {
                if (template.assetKinds().contains(asset.kind())) {
                    forms.add(form(template, template.items(), siteName.apply(asset.siteId()), asset.id(), asset.tag(),
                            asset.name(), null, language));
                }
            }
            if (forms.isEmpty()) {
                throw refused("form.noChecklistFor", asset.tag());
            }
        } else if (request.siteId() != null) {
            LocalDate until = request.until() == null ? LocalDate.now(clock) : request.until();
            scope = siteName.apply(request.siteId());
            period = "≤ " + until;
            Map<UUID, ChecklistTemplate> byId = templates.stream().collect(Collectors.toMap(ChecklistTemplate::id,
                    Function.identity()));
            for (DueCheck due : maintenance.due(request.siteId(), Set.of(), until)) {
                if (byId.containsKey(due.templateId())) {
                    forms.add(form(byId.get(due.templateId()), due.items(), scope, due.assetId(), due.tag(),
                            due.assetName(), due.earliestDue(), language));
                }
            }
        } else if (request.templateCode() != null) {
            scope = "";
            ChecklistTemplate template = templates.getFirst();
            forms.add(form(template, template.items(), template.siteId() == null ? "" : siteName.apply(template.siteId()),
                    null, null, null, null, language));
        } else {
            throw refused("form.whatFor");
        }
        Texts words = Texts.reports(language);
        try {
            new ChecklistFormWriter(new ReportHeading(words.get("report.title.forms"), scope, period, LocalDate.now(clock),
                    words)).write(forms, words.get("form.nothingDue"), out);
        } catch (ReportRefused e) {
            throw new RefusedException(refusals.get(), e.key(), e.arguments());
        }
        return forms.size();
    }

    private static ChecklistForm form(ChecklistTemplate template, List<ChecklistItem> items, String site, UUID assetId,
                                      String tag, String assetName, LocalDate due, Locale language) {
        return new ChecklistForm(Ids.next(), site, assetId, tag, assetName, template.id(), template.code(),
                template.version(), template.name().in(language), items, due);
    }

    /** Reads a file of filled-in forms and checks every form in it; imports nothing. */
    public FormImport read(Path file) {
        FormFile read;
        try {
            read = new ChecklistFormReader().read(file);
        } catch (ReportRefused e) {
            throw new RefusedException(refusals.get(), e.key(), e.arguments());
        }
        Texts words = refusals.get();
        List<FormImport.Problem> problems = new ArrayList<>();
        for (FormProblem problem : read.problems()) {
            problems.add(new FormImport.Problem(problem.sheet(), problem.row(), words.get(problem.key(), problem.arguments())));
        }
        List<FormImport.Problem> notices = new ArrayList<>();
        List<FormImport.Ready> ready = new ArrayList<>();
        Map<String, ChecklistTemplate> current = maintenance.templates().stream()
                .collect(Collectors.toMap(ChecklistTemplate::code, Function.identity(), (a, b) -> a));
        for (FilledForm form : read.forms()) {
            if (form.blank()) {
                notices.add(new FormImport.Problem(form.sheet(), 0, words.get("form.notice.blank")));
                continue;
            }
            Optional<Inspection> before = repository.inspection(form.formId());
            if (before.isPresent()) {
                notices.add(new FormImport.Problem(form.sheet(), 0, words.get("form.notice.imported",
                        before.get().finishedAt() == null ? "" : before.get().finishedAt().toLocalDate())));
                continue;
            }
            List<FormImport.Problem> found = new ArrayList<>();
            checked(form, current, found, file).ifPresent(ready::add);
            problems.addAll(found);
        }
        return new FormImport(file, ready, problems, notices);
    }

    private Optional<FormImport.Ready> checked(FilledForm form, Map<String, ChecklistTemplate> current,
                                               List<FormImport.Problem> problems, Path file) {
        Texts words = refusals.get();
        String sheet = form.sheet();
        Optional<ChecklistTemplate> printed = repository.template(form.templateId());
        if (printed.isEmpty()) {
            problems.add(new FormImport.Problem(sheet, 0, words.get("form.noTemplate")));
            return Optional.empty();
        }
        ChecklistTemplate template = printed.get();
        ChecklistTemplate now = current.get(template.code());
        if (now == null || now.version() != form.templateVersion() || template.version() != form.templateVersion()) {
            problems.add(new FormImport.Problem(sheet, 0, words.get("form.otherVersion", form.templateVersion(),
                    template.name().in(words.locale()), now == null ? "—" : now.version())));
            return Optional.empty();
        }
        Asset asset = asset(form, template, problems);
        int signRow = form.items().isEmpty() ? 0 : form.items().getLast().row() + 2;
        if (form.date() == null) {
            problems.add(new FormImport.Problem(sheet, signRow, words.get("form.dateNeeded")));
        } else if (form.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FormImport.Problem(sheet, signRow, words.get("form.dateFuture", form.date())));
        }
        if (form.customer() == null) {
            problems.add(new FormImport.Problem(sheet, signRow + 1, words.get("form.customerNeeded")));
        }
        if (asset == null) {
            return Optional.empty();
        }
        // Without a date the answers are still checked, so that every problem is listed at once.
        OffsetDateTime finished = form.date() == null || form.date().equals(LocalDate.now(clock)) ? OffsetDateTime.now(clock)
                : form.date().atTime(LocalTime.NOON).atZone(clock.getZone()).toOffsetDateTime();
        String name = form.technician() != null ? form.technician()
                : technicians.find(technician.get()).map(t -> t.name()).orElse(null);
        String notes = words.get("form.importedFrom", file.getFileName(), sheet)
                + (form.notes() == null ? "" : "\n" + form.notes());
        Inspection draft = new Inspection(form.formId(), asset.siteId(), asset.id(), template.id(), template.version(),
                technician.get(), finished, finished, CheckOutcome.PENDING, name, null, form.customer(), notes);
        Map<UUID, ChecklistItem> items = template.items().stream()
                .collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
        List<InspectionResult> results = new ArrayList<>();
        for (FilledForm.Item written : form.items()) {
            ChecklistItem item = items.get(written.itemId());
            if (item == null) {
                problems.add(new FormImport.Problem(sheet, written.row(), words.get("form.damaged")));
                continue;
            }
            Optional<Answer> answer = answer(item, written, sheet, problems, words);
            if (answer.isEmpty()) {
                continue;
            }
            try {
                InspectionResult judged = maintenance.judged(draft, item, answer.get());
                // The same form imported on two laptops must give the same rows, not two answers per check.
                UUID id = UUID.nameUUIDFromBytes(("form-result:" + form.formId() + ":" + item.id())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                results.add(new InspectionResult(id, judged.siteId(), judged.inspectionId(), judged.itemId(),
                        judged.componentId(), judged.outcome(), judged.reading(), judged.textValue(), judged.note(), finished));
            } catch (RefusedException e) {
                problems.add(new FormImport.Problem(sheet, written.row(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        boolean failed = results.stream().anyMatch(r -> r.outcome() == CheckOutcome.FAIL);
        Inspection inspection = new Inspection(draft.id(), draft.siteId(), draft.assetId(), draft.templateId(),
                draft.templateVersion(), draft.technicianId(), draft.startedAt(), draft.finishedAt(),
                failed ? CheckOutcome.FAIL : CheckOutcome.PASS, draft.signedBy(), null, draft.customerName(), draft.notes());
        return Optional.of(new FormImport.Ready(sheet, asset.tag(), template.name().in(words.locale()), template.code(),
                inspection, results));
    }

    private Asset asset(FilledForm form, ChecklistTemplate template, List<FormImport.Problem> problems) {
        Texts words = refusals.get();
        Asset asset;
        if (form.assetId() != null) {
            asset = assets.find(form.assetId()).orElse(null);
            if (asset == null) {
                problems.add(new FormImport.Problem(form.sheet(), 0, words.get("form.assetGone")));
                return null;
            }
        } else {
            if (form.tag() == null) {
                problems.add(new FormImport.Problem(form.sheet(), 2, words.get("form.tagNeeded")));
                return null;
            }
            List<Asset> tagged = assets.withTag(form.tag());
            if (tagged.size() != 1) {
                problems.add(new FormImport.Problem(form.sheet(), 2, words.get(tagged.isEmpty() ? "form.noSuchTag"
                        : "form.tagTwice", form.tag())));
                return null;
            }
            asset = tagged.getFirst();
        }
        if (!template.assetKinds().contains(asset.kind())) {
            problems.add(new FormImport.Problem(form.sheet(), 0, words.get("maintenance.wrongKind",
                    template.name().in(words.locale()), asset.tag())));
            return null;
        }
        return asset;
    }

    /**
     * The answer written on an item's row, read as the window would take it; empty when nothing was
     * written (a problem when the item is required) or the result is not one the item offers.
     */
    private static Optional<Answer> answer(ChecklistItem item, FilledForm.Item written, String sheet,
                                           List<FormImport.Problem> problems, Texts words) {
        String check = item.check().in(words.locale());
        if (!written.answered()) {
            if (item.required()) {
                problems.add(new FormImport.Problem(sheet, written.row(), words.get("form.unanswered", check)));
            }
            return Optional.empty();
        }
        String result = written.result();
        Answer answer;
        if (result != null && ResultWords.NOT_APPLICABLE.matches(result)) {
            answer = Answer.verdict(CheckOutcome.NOT_APPLICABLE);
        } else if (item.answerType() == AnswerType.PASS_FAIL) {
            if (ResultWords.PASS.matches(result)) {
                answer = Answer.verdict(CheckOutcome.PASS);
            } else if (ResultWords.FAIL.matches(result)) {
                answer = Answer.verdict(CheckOutcome.FAIL);
            } else {
                problems.add(new FormImport.Problem(sheet, written.row(), words.get("form.badResult", result == null
                        ? "" : result, check)));
                return Optional.empty();
            }
        } else if (item.answerType() == AnswerType.CHOICE) {
            Optional<String> chosen = item.choiceList().stream().filter(c -> c.equalsIgnoreCase(result == null ? "" : result))
                    .findFirst();
            answer = Answer.choice(chosen.orElse(result));
        } else if (item.answerType() == AnswerType.READING) {
            answer = Answer.reading(written.reading());
        } else {
            Answer typed = Answer.text(written.reading());
            answer = ResultWords.FAIL.matches(result)
                    ? new Answer(CheckOutcome.FAIL, null, null, typed.text(), null) : typed;
        }
        return Optional.of(written.note() == null ? answer : answer.withNote(written.note()));
    }

    /** Imports a read file that has no problems, in one transaction; returns how many inspections it added. */
    public int accept(FormImport read) {
        if (!read.problems().isEmpty()) {
            throw refused("form.fixFirst", read.problems().size());
        }
        return store.write(technician.get(), tx -> {
            int added = 0;
            for (FormImport.Ready form : read.ready()) {
                // Imported meanwhile, here or through a sync: the form is the same inspection, so it is not added twice.
                if (repository.inspection(form.inspection().id()).isPresent()) {
                    continue;
                }
                repository.insertInspection(tx, form.inspection());
                repository.appendResults(tx, form.results());
                added++;
            }
            return added;
        });
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
