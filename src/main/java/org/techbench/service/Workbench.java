package org.techbench.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.techbench.domain.audit.AuditEntry;
import org.techbench.i18n.Texts;
import org.techbench.replication.Replica;
import org.techbench.report.table.TableFileReader;
import org.techbench.report.table.TableFileWriter;
import org.techbench.service.asset.AssetExportService;
import org.techbench.service.asset.AssetImportService;
import org.techbench.service.backup.BackupService;
import org.techbench.store.StoreBackups;
import org.techbench.service.asset.ImportMemory;
import org.techbench.service.asset.AssetService;
import org.techbench.service.attachment.AttachmentService;
import org.techbench.service.demo.DemoDataService;
import org.techbench.service.fault.DiagnosticTools;
import org.techbench.service.fault.FaultService;
import org.techbench.service.fault.FaultTools;
import org.techbench.service.knowledge.KnowledgeService;
import org.techbench.service.maintenance.ChecklistFormService;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.service.procedure.ProcedureLibrary;
import org.techbench.service.procedure.ProcedureService;
import org.techbench.service.report.ReportService;
import org.techbench.service.site.SiteService;
import org.techbench.service.sync.SyncService;
import org.techbench.service.sync.TeamService;
import org.techbench.store.AssetListQueries;
import org.techbench.store.AssetRepository;
import org.techbench.store.AssetTimelineQueries;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.AuditQueries;
import org.techbench.store.DataFolder;
import org.techbench.store.FaultRepository;
import org.techbench.store.KnowledgeAnalysis;
import org.techbench.store.KnowledgeIndex;
import org.techbench.store.KnowledgeRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.OverviewQueries;
import org.techbench.store.ProcedureRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;
import org.techbench.sync.HubClient;

/** The services of one open store, wired here once at start-up and shared by the window and the CLI. */
public final class Workbench implements AutoCloseable {

    private final Store store;
    private final TechnicianService technicians;
    private final OverviewService overview;
    private final DemoDataService demoData;
    private final AssetService assets;
    private final AssetImportService assetImport;
    private final AssetExportService assetExport;
    private final SiteService sites;
    private final BackupService backups;
    private final AuditQueries audit;
    private final org.techbench.service.audit.AuditTrailService auditTrail;
    private final SyncService sync;
    private final TeamService team;
    private final ChangeEvents changes = new ChangeEvents();
    private final AttachmentService attachments;
    private final MaintenanceService maintenance;
    private final FaultService faults;
    private final FaultTools faultTools;
    private final KnowledgeService knowledge;
    private final ProcedureService procedures;
    private final ReportService reports;
    private final ChecklistFormService checklistForms;

    private Workbench(Store store, Clock clock, String osUser, Supplier<Locale> language, KnowledgeAnalysis analysis) {
        this.store = store;
        store.onCommit(changes::committed);
        var technicianRepository = new TechnicianRepository(store);
        var siteRepository = new SiteRepository(store);
        Supplier<Texts> refusals = () -> Texts.refusals(language.get());
        this.technicians = new TechnicianService(store, technicianRepository, osUser, refusals);
        this.overview = new OverviewService(new OverviewQueries(store), clock);
        var assetRepository = new AssetRepository(store);
        Supplier<UUID> technician = technicians::currentId;
        this.assets = new AssetService(store, assetRepository, siteRepository, new AssetListQueries(store),
                new AssetTimelineQueries(store), clock, technician, refusals);
        this.assetImport = new AssetImportService(store, assetRepository, siteRepository, new TableFileReader(),
                new ImportMemory(store.folder().importMemory()), technician, refusals);
        this.assetExport = new AssetExportService(assets, assetRepository, siteRepository, new TableFileWriter(), refusals);
        this.sites = new SiteService(store, siteRepository, technician, refusals);
        this.backups = new BackupService(new StoreBackups(store), store.folder().attachments(), store.folder().key(),
                store.folder().backups(), clock,
                refusals, BackupService::usableSpace);
        this.audit = new AuditQueries(store);
        this.auditTrail = new org.techbench.service.audit.AuditTrailService(audit, new TableFileWriter(),
                java.time.ZoneId.systemDefault(), refusals);
        var attachmentRepository = new AttachmentRepository(store);
        this.attachments = new AttachmentService(store, attachmentRepository, technician, refusals);
        Supplier<Texts> syncTexts = () -> Texts.sync(language.get());
        this.sync = new SyncService(store, Replica.of(store.replicaDatabase()), attachmentRepository,
                url -> new HubClient(url, store.nodeId(), clock::millis, syncTexts), clock, technician, syncTexts,
                changes::everything);
        this.team = new TeamService(sync);
        var maintenanceRepository = new MaintenanceRepository(store);
        var faultRepository = new FaultRepository(store);
        this.maintenance = new MaintenanceService(store, maintenanceRepository, assetRepository, faultRepository,
                technicianRepository, attachments, clock, technician, refusals, changes);
        this.faults = new FaultService(store, faultRepository, siteRepository, assetRepository, technicianRepository,
                attachments, clock, technician, refusals);
        var diagnosticTools = new DiagnosticTools(refusals, DiagnosticTools.systemPath(), null, Duration.ofSeconds(30));
        this.faultTools = new FaultTools(faults, diagnosticTools);
        var knowledgeRepository = new KnowledgeRepository(store);
        var procedureRepository = new ProcedureRepository(store);
        this.demoData = new DemoDataService(store, siteRepository, technicianRepository, assetRepository,
                maintenanceRepository, faultRepository, procedureRepository, knowledgeRepository, refusals);
        this.procedures = new ProcedureService(store, procedureRepository, faultRepository, assetRepository,
                technicianRepository, attachments, diagnosticTools, ProcedureLibrary::builtIn, clock, technician, refusals);
        this.reports = new ReportService(faultRepository, faults, siteRepository, assetRepository, assets, procedures,
                maintenanceRepository, maintenance, technicianRepository, clock, refusals);
        this.checklistForms = new ChecklistFormService(store, maintenanceRepository, maintenance, assetRepository,
                siteRepository, technicianRepository, clock, technician, refusals);
        this.knowledge = new KnowledgeService(store, knowledgeRepository, faultRepository, assetRepository,
                // An encrypted store's index holds the articles' words: it lives in memory, rebuilt at each start.
                () -> store.folder().key() != null ? KnowledgeIndex.inMemory(analysis)
                        : KnowledgeIndex.open(store.folder().knowledgeIndex(), analysis), technicians::current,
                clock, refusals);
    }

    /** Opens the store in the folder and wires the services on it, speaking English (as the command line does). */
    public static Workbench open(DataFolder folder, Clock clock, String osUser) {
        return open(folder, clock, osUser, backups -> { }, () -> Locale.ENGLISH);
    }

    /**
     * Opens as above; {@code copying} hears when an older store is first copied to the backups
     * folder, and what the services refuse and sync reports follow {@code language}, which the
     * window's settings may change.
     */
    public static Workbench open(DataFolder folder, Clock clock, String osUser, Consumer<Path> copying,
                                 Supplier<Locale> language) {
        return open(folder, clock, osUser, copying, language, KnowledgeAnalysis.DEFAULT);
    }

    /** Opens as above, with the knowledge base cutting Chinese into words by {@code analysis}. */
    public static Workbench open(DataFolder folder, Clock clock, String osUser, Consumer<Path> copying,
                                 Supplier<Locale> language, KnowledgeAnalysis analysis) {
        Store store = Store.open(folder, clock, copying);
        try {
            return new Workbench(store, clock, osUser, language, analysis);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public AttachmentService attachments() {
        return attachments;
    }

    /** Checklists, what falls due, and inspections. */
    public FaultService faults() {
        return faults;
    }

    /** Ping, traceroute, port and DNS checks whose output goes into a fault's journal. */
    public FaultTools faultTools() {
        return faultTools;
    }

    /** The procedure library and runs of it, saved step by step. */
    public ProcedureService procedures() {
        return procedures;
    }

    public ReportService reports() {
        return reports;
    }

    /** Blank checklist forms printed, and filled-in ones imported. */
    public ChecklistFormService checklistForms() {
        return checklistForms;
    }

    /** Articles, search over them and past faults, and suggestions while a symptom is typed. */
    public KnowledgeService knowledge() {
        return knowledge;
    }

    public MaintenanceService maintenance() {
        return maintenance;
    }

    public SyncService sync() {
        return sync;
    }

    /** The team's accounts on the hub, for support managers. */
    public TeamService team() {
        return team;
    }

    public DataFolder folder() {
        return store.folder();
    }

    public TechnicianService technicians() {
        return technicians;
    }

    /** Announces per subject what changed, for the screens that show it. */
    public ChangeEvents changes() {
        return changes;
    }

    public OverviewService overview() {
        return overview;
    }

    public BackupService backups() {
        return backups;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    public AssetService assets() {
        return assets;
    }

    public AssetImportService assetImport() {
        return assetImport;
    }

    public AssetExportService assetExport() {
        return assetExport;
    }

    public SiteService sites() {
        return sites;
    }

    /** The whole audit trail (the team's, as far as sync brings it), to read, filter and export. */
    public org.techbench.service.audit.AuditTrailService auditTrail() {
        return auditTrail;
    }

    /** The audit trail of one record, read-only. */
    public List<AuditEntry> auditOf(UUID rowId) {
        return audit.forRow(rowId);
    }

    /** Whether closing will compact the store's file first (see {@link Store#compactsWhenClosed()}). */
    public boolean compactsWhenClosed() {
        return store.compactsWhenClosed();
    }

    @Override
    public void close() {
        knowledge.close();
        store.close();
    }
}
