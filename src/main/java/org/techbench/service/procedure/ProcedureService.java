package org.techbench.service.procedure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.procedure.LocalText;
import org.techbench.domain.procedure.ProcedureDefinition;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.ProcedureWalk;
import org.techbench.domain.procedure.RunEffect;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepAnswer;
import org.techbench.domain.procedure.StepDefinition;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.domain.procedure.TeamProcedure;
import org.techbench.i18n.Texts;
import org.techbench.replication.Ids;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.service.attachment.AttachmentService;
import org.techbench.service.fault.DiagnosticTools;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.ProcedureRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/**
 * Procedure runs: started for an asset and/or a fault, saved after every step (a run survives a
 * crash and resumes where it stood), each step held to its definition's rules, and with a fault
 * each step's outcome in the fault's journal, in the same transaction.
 */
public final class ProcedureService {

    /** Room for a tool's output in a step's answer. */
    private static final int OUTPUT_ROOM = 3_800;

    private final Store store;
    private final ProcedureRepository runs;
    private final FaultRepository faults;
    private final AssetRepository assets;
    private final TechnicianRepository technicians;
    private final AttachmentService attachments;
    private final DiagnosticTools tools;
    private final RunEffects effects;
    private final Supplier<ProcedureLibrary> loading;
    private ProcedureLibrary library;
    private ProcedureCatalog catalog;
    private String catalogFingerprint;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> refusals;

    public ProcedureService(Store store, ProcedureRepository runs, FaultRepository faults, AssetRepository assets,
                            TechnicianRepository technicians, AttachmentService attachments, DiagnosticTools tools,
                            Supplier<ProcedureLibrary> library, Clock clock, Supplier<UUID> technician, Supplier<Texts> refusals) {
        this.store = store;
        this.runs = runs;
        this.faults = faults;
        this.assets = assets;
        this.technicians = technicians;
        this.attachments = attachments;
        this.tools = tools;
        this.effects = new RunEffects(assets);
        this.loading = library;
        this.clock = clock;
        this.technician = technician;
        this.refusals = refusals;
    }

    /** The built-in library, read on first use: the command line and the window's start need not wait for it. */
    public synchronized ProcedureLibrary library() {
        if (library == null) {
            library = loading.get();
        }
        return library;
    }

    /** The built-in procedures and the team's, read again only when a team procedure was added here or by a sync. */
    public synchronized ProcedureCatalog catalog() {
        String fingerprint = runs.definitionsFingerprint();
        if (catalog == null || !fingerprint.equals(catalogFingerprint)) {
            catalog = ProcedureCatalog.of(library(), runs.definitions());
            catalogFingerprint = fingerprint;
        }
        return catalog;
    }

    /**
     * Adds a procedure the team wrote, from the text of its definition file, as the next version
     * of its code (a built-in code's team version replaces the built-in one). A definition with
     * problems is not stored; the problems say where, by {@code source} and line.
     */
    public ProcedureFile.Read add(String source, String text) {
        ProcedureFile.Read read = ProcedureFile.read(source, text);
        if (!read.valid()) {
            return read;
        }
        ProcedureDefinition d = read.definition();
        int version = catalog().nextVersion(d.code());
        ProcedureDefinition stored = new ProcedureDefinition(d.code().toUpperCase(java.util.Locale.ROOT), version, d.kind(),
                d.category(), d.subcategory(), d.title(), d.steps(), ProcedureCatalog.TEAM_SOURCE + d.code() + " v" + version);
        store.write(technician.get(), tx -> {
            runs.insertDefinition(tx, new TeamProcedure(Ids.next(), null, stored.code(), version, d.kind(),
                    d.title().en(), text, false));
            return null;
        });
        return new ProcedureFile.Read(stored, List.of());
    }

    /** Adds the team's procedure from a definition file, which must be UTF-8 text (see {@link #add(String, String)}). */
    public ProcedureFile.Read addFile(Path file) {
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(java.nio.file.Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw refused("procedure.notUtf8", file.getFileName());
        } catch (java.io.IOException e) {
            throw refused("procedure.unreadable", file.getFileName(), e.getMessage());
        }
        return add(file.toString(), text);
    }

    /** Starts a run of a procedure's newest version for an asset, a fault, or both (the site is theirs). */
    public RunState start(String code, UUID assetId, UUID faultId) {
        ProcedureDefinition definition = catalog().find(code).orElseThrow(() -> refused("procedure.unknown", code));
        UUID siteId = null;
        if (faultId != null) {
            Fault fault = faults.find(faultId).orElseThrow(() -> refused("procedure.noFault"));
            siteId = fault.siteId();
            // A run for a fault is about the fault's asset too, so the asset's history shows it.
            assetId = assetId == null ? fault.assetId() : assetId;
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

    /**
     * Starts a run for what a technician types: an asset's tag and/or a fault's number (either may
     * be blank); an unknown one is refused by name.
     */
    public RunState startFor(String code, String assetTag, String faultNumber) {
        UUID assetId = null;
        UUID faultId = null;
        if (faultNumber != null && !faultNumber.isBlank()) {
            faultId = faults.findByNumber(faultNumber.strip())
                    .orElseThrow(() -> refused("procedure.noFaultNumbered", faultNumber.strip())).id();
        }
        if (assetTag != null && !assetTag.isBlank()) {
            List<Asset> tagged = assets.withTag(assetTag.strip());
            if (tagged.size() != 1) {
                throw refused(tagged.isEmpty() ? "procedure.noAssetTagged" : "procedure.tagAtSeveralSites", assetTag.strip());
            }
            assetId = tagged.getFirst().id();
        }
        return start(code, assetId, faultId);
    }

    /**
     * Runs the network tool the run's current step names, toward {@code host}; its output (cut to
     * fit a step's answer) is what the technician then records.
     */
    public String runTool(UUID runId, String host, String port, Progress progress) {
        StepDefinition step = state(runId).walk().current()
                .filter(s -> s.kind() == org.techbench.domain.procedure.StepKind.TOOL)
                .orElseThrow(() -> refused("procedure.notATool"));
        DiagnosticTool tool = DiagnosticTool.valueOf(step.tool().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        Integer number = null;
        if (tool.needsPort()) {
            try {
                number = Integer.valueOf(port == null ? "" : port.strip());
            } catch (NumberFormatException e) {
                throw refused("procedure.badPort", port == null ? "" : port);
            }
        }
        String output = tools.run(tool, host, number, progress).strip();
        return output.length() > OUTPUT_ROOM ? output.substring(0, OUTPUT_ROOM) + "\n… (cut)" : output;
    }

    /**
     * The troubleshooting procedure made for a fault's subcategory (else one for its whole
     * category); empty when none is, so the technician chooses. A run of it is for the fault and
     * the fault's asset.
     */
    public Optional<ProcedureDefinition> troubleshootingFor(UUID faultId) {
        Fault fault = faults.find(faultId).orElseThrow(() -> refused("procedure.noFault"));
        return catalog().forFault(fault.category(), fault.subcategory()).stream()
                .filter(d -> d.subcategory() == null || fault.subcategory() != null
                        && d.subcategory().equals(fault.subcategory().name()))
                .findFirst();
    }

    /** Starts the troubleshooting for a fault (see {@link #troubleshootingFor}), for the fault and its asset. */
    public Optional<RunState> troubleshoot(UUID faultId) {
        Fault fault = fault(faultId);
        return troubleshootingFor(faultId).map(d -> start(d.code(), null, fault.id()));
    }

    /** The fault's number and category, for a screen that asks which procedure to run for it. */
    public Fault fault(UUID faultId) {
        return faults.find(faultId).orElseThrow(() -> refused("procedure.noFault"));
    }

    /** A run where its recorded steps left it. */
    public RunState state(UUID runId) {
        ProcedureRun run = runs.find(runId).orElseThrow(() -> refused("procedure.noRun"));
        return new RunState(run, ProcedureWalk.resume(definition(run), answers(runs.steps(runId))));
    }

    /**
     * Answers the run's current step: saved at once (with the fault's journal entry when the run
     * has a fault, and the run completed when it was the last), or refused with why and nothing saved.
     */
    public RunState answer(UUID runId, String value, String note) {
        return answer(runId, value, note, null);
    }

    /**
     * Answers as above; {@code photo} (may be null) is kept with the step, as an attachment step asks.
     * Its file name stands as the answer.
     */
    public RunState answer(UUID runId, String value, String note, Path photo) {
        RunState state = state(runId);
        if (state.run().status() != RunStatus.IN_PROGRESS) {
            throw refused("procedure.notInProgress");
        }
        StepDefinition step = state.walk().current().orElseThrow(() -> refused("procedure.notInProgress"));
        ProcedureWalk.Outcome outcome = state.walk().answer(photo != null ? photo.getFileName().toString() : value, note);
        if (outcome.refusal() != null) {
            String detail = outcome.refusal().detail();
            String needed = state.walk().definition().step(detail)
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
        UUID stepRow = Ids.next();
        Attachment kept = photo == null ? null
                : attachments.copyIn("procedure_step", stepRow, run.siteId(), photo, mediaType(photo));
        store.write(me, tx -> {
            runs.appendSteps(tx, List.of(new ProcedureStep(stepRow, run.siteId(), run.id(), number,
                    given.value().equals("fail") ? StepOutcome.FAILED : StepOutcome.DONE, blankToNull(note), me, now,
                    step.id(), given.value())));
            if (kept != null) {
                attachments.record(tx, kept);
            }
            if (run.faultId() != null) {
                Fault fault = faults.find(run.faultId()).orElseThrow();
                faults.appendEvents(tx, List.of(new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.ACTION,
                        run.procedureCode() + " · " + step.text().in(refusals.get().locale()) + ": " + given.value()
                                + (blankToNull(note) == null ? "" : " (" + note.strip() + ")"), me, now)));
            }
            if (after != run) {
                runs.update(tx, after);
                RunEffect.of(walk).ifPresent(effect -> {
                    if (run.assetId() != null) {
                        effects.apply(tx, assets.find(run.assetId()).orElseThrow(), effect, LocalDate.now(clock));
                    }
                });
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

    /** Runs in progress, newest first: for one asset, one fault, or all (both null). */
    public List<RunListing> inProgress(UUID assetId, UUID faultId, int limit) {
        return listings(runs.runs(RunStatus.IN_PROGRESS, assetId, faultId, limit));
    }

    /** Finished runs, newest first: for one asset, one fault, or all (both null). */
    public List<RunListing> finished(UUID assetId, UUID faultId, int limit) {
        return listings(runs.runs(RunStatus.COMPLETED, assetId, faultId, limit));
    }

    /** A run with every recorded step, who, when and what, in {@code locale}'s words. */
    public RunRecord record(UUID runId, java.util.Locale locale) {
        ProcedureRun run = runs.find(runId).orElseThrow(() -> refused("procedure.noRun"));
        RunListing listing = listings(List.of(run)).getFirst();
        Optional<ProcedureDefinition> definition = catalog().find(run.procedureCode(), run.procedureVersion());
        Map<UUID, String> names = technicianNames();
        List<ProcedureStep> recorded = runs.steps(runId);
        Map<UUID, List<Attachment>> files = attachments.byOwner("procedure_step",
                recorded.stream().map(ProcedureStep::id).toList());
        List<RecordedStep> steps = recorded.stream().map(step -> {
            Optional<StepDefinition> asked = definition.flatMap(d -> step.stepId() == null ? Optional.empty() : d.step(step.stepId()));
            String question = asked.map(s -> s.text().in(locale)).orElse(step.stepId());
            String answer = asked.flatMap(s -> s.choices().stream().filter(c -> c.value().equals(step.answer())).findFirst())
                    .map(c -> c.text().in(locale)).orElse(step.answer());
            return new RecordedStep(step.stepNumber(), step.stepId(), question, step.outcome(), answer, step.note(),
                    names.getOrDefault(step.technicianId(), ""), step.recordedAt(), files.getOrDefault(step.id(), List.of()));
        }).toList();
        RunEffect effect = definition.filter(d -> run.status() == RunStatus.COMPLETED)
                .flatMap(d -> RunEffect.of(ProcedureWalk.resume(d, answers(recorded)))).orElse(null);
        String address = run.assetId() == null ? null : assets.find(run.assetId())
                .map(asset -> asset.ipAddress() != null ? asset.ipAddress() : asset.hostname()).orElse(null);
        return new RunRecord(listing, definition.isPresent(), steps, effect, run.assetId(), run.faultId(), address);
    }

    private List<RunListing> listings(List<ProcedureRun> found) {
        Map<UUID, String> names = technicianNames();
        Map<UUID, String> tags = new java.util.HashMap<>();
        assets.findAll(found.stream().map(ProcedureRun::assetId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(asset -> tags.put(asset.id(), asset.tag()));
        Map<UUID, String> numbers = new java.util.HashMap<>();
        faults.findAll(found.stream().map(ProcedureRun::faultId).filter(java.util.Objects::nonNull).distinct().toList())
                .values().forEach(fault -> numbers.put(fault.id(), fault.number()));
        ProcedureCatalog known = catalog();
        return found.stream().map(run -> new RunListing(run,
                known.find(run.procedureCode(), run.procedureVersion()).or(() -> known.find(run.procedureCode()))
                        .map(ProcedureDefinition::title).orElse(new LocalText(run.procedureCode(), run.procedureCode())),
                tags.get(run.assetId()), numbers.get(run.faultId()), names.getOrDefault(run.technicianId(), ""))).toList();
    }

    private Map<UUID, String> technicianNames() {
        Map<UUID, String> names = new java.util.HashMap<>();
        technicians.all().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    /** The version the run started on; a run of a procedure this laptop lacks cannot go on. */
    private ProcedureDefinition definition(ProcedureRun run) {
        return catalog().find(run.procedureCode(), run.procedureVersion())
                .orElseThrow(() -> refused("procedure.unknownVersion", run.procedureCode(), run.procedureVersion()));
    }

    private static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : "application/octet-stream";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private RefusedException refused(String key, Object... arguments) {
        return new RefusedException(refusals.get(), key, arguments);
    }
}
