package org.techbench.service.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.maintenance.BuiltInChecklists;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.domain.people.Technician;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.Site;
import org.techbench.i18n.Texts;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AssetRepository;
import org.techbench.store.FaultRepository;
import org.techbench.store.KnowledgeRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.service.procedure.ProcedureLibrary;
import org.techbench.store.ProcedureRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/**
 * Fills an empty store with deterministic demo data. Work is committed in chunks of assets so
 * that memory stays flat at 100k assets; a cancelled or failed run says how far it got.
 */
public final class DemoDataService {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataService.class);
    private static final int CHUNK = 2_000;

    private final Store store;
    private final SiteRepository sites;
    private final TechnicianRepository technicians;
    private final AssetRepository assets;
    private final MaintenanceRepository maintenance;
    private final FaultRepository faults;
    private final ProcedureRepository procedures;
    private final KnowledgeRepository knowledge;
    private final Supplier<Texts> refusals;

    public DemoDataService(Store store, SiteRepository sites, TechnicianRepository technicians, AssetRepository assets,
                           MaintenanceRepository maintenance, FaultRepository faults, ProcedureRepository procedures,
                           KnowledgeRepository knowledge, Supplier<Texts> refusals) {
        this.store = store;
        this.sites = sites;
        this.technicians = technicians;
        this.assets = assets;
        this.maintenance = maintenance;
        this.faults = faults;
        this.procedures = procedures;
        this.knowledge = knowledge;
        this.refusals = refusals;
    }

    public DemoDataSummary create(DemoDataOptions options, UUID technicianId, Progress progress) {
        if (!sites.all().isEmpty()) {
            throw new RefusedException(refusals.get(), "refusal.demoDataNeedsEmptyStore");
        }
        long started = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(options, ProcedureLibrary.builtIn().all());
        List<Technician> team = generator.team();
        List<ChecklistTemplate> templates = BuiltInChecklists.all();
        List<Site> siteList = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < options.sites(); i++) {
            Site site = generator.site(i);
            siteList.add(site);
            contracts.add(generator.contract(site));
        }
        store.write(technicianId, tx -> {
            technicians.insertAll(tx, team);
            templates.stream().filter(t -> !maintenance.templateExists(t.id()))
                    .forEach(t -> maintenance.insertTemplate(tx, t));
            sites.insertAll(tx, siteList);
            sites.insertContracts(tx, contracts);
            tx.audit("demo-data", "site", null, null, "Demo data: %d sites, %d assets, %d faults, seed %d"
                    .formatted(options.sites(), options.assets(), options.faults(), options.seed()));
            return null;
        });

        Counts counts = new Counts();
        long total = (long) options.assets() + options.faults();
        for (int s = 0; s < siteList.size(); s++) {
            Site site = siteList.get(s);
            int siteAssets = share(options.assets(), options.sites(), s);
            int siteFaults = share(options.faults(), options.sites(), s);
            List<Asset> made = new ArrayList<>(siteAssets);
            for (int from = 0; from < siteAssets; from += CHUNK) {
                checkCancelled(progress, counts);
                List<Asset> chunk = new ArrayList<>();
                for (int n = from; n < Math.min(siteAssets, from + CHUNK); n++) {
                    chunk.add(generator.asset(site, n + 1));
                }
                writeAssets(generator, chunk, templates, team, technicianId, counts);
                made.addAll(chunk);
                progress.report("assets", counts.assets + counts.faults, total);
            }
            for (int from = 0; from < siteFaults; from += CHUNK) {
                checkCancelled(progress, counts);
                List<DemoDataGenerator.DemoFault> chunk = new ArrayList<>();
                for (int n = from; n < Math.min(siteFaults, from + CHUNK); n++) {
                    chunk.add(generator.fault(site, contracts.get(s), made, team, counts.faults + chunk.size() + 1));
                }
                writeFaults(chunk, technicianId, counts);
                progress.report("faults", counts.assets + counts.faults, total);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Demo data made in {} ms: {} assets, {} faults", elapsed.toMillis(), counts.assets, counts.faults);
        return new DemoDataSummary(siteList.size(), counts.assets, counts.components, counts.software,
                counts.inspections, counts.results, counts.faults, counts.events, elapsed);
    }

    private void writeAssets(DemoDataGenerator generator, List<Asset> chunk, List<ChecklistTemplate> templates,
                             List<Technician> team, UUID technicianId, Counts counts) {
        List<Component> parts = new ArrayList<>();
        List<InstalledSoftware> programs = new ArrayList<>();
        List<Inspection> inspections = new ArrayList<>();
        List<InspectionResult> results = new ArrayList<>();
        for (Asset asset : chunk) {
            parts.addAll(generator.components(asset));
            programs.addAll(generator.software(asset));
            for (ChecklistTemplate template : templates) {
                if (template.assetKinds().contains(asset.kind())) {
                    generator.inspections(asset, template, team, inspections, results);
                }
            }
        }
        store.write(technicianId, tx -> {
            assets.insertAll(tx, chunk);
            assets.insertComponents(tx, parts);
            assets.insertSoftware(tx, programs);
            maintenance.insertInspections(tx, inspections);
            maintenance.appendResults(tx, results);
            return null;
        });
        counts.assets += chunk.size();
        counts.components += parts.size();
        counts.software += programs.size();
        counts.inspections += inspections.size();
        counts.results += results.size();
    }

    private void writeFaults(List<DemoDataGenerator.DemoFault> chunk, UUID technicianId, Counts counts) {
        List<ProcedureRun> runs = new ArrayList<>();
        List<ProcedureStep> steps = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (var f : chunk) {
            if (f.run() != null) {
                runs.add(f.run());
                steps.addAll(f.steps());
            }
            if (f.article() != null) {
                articles.add(f.article());
            }
        }
        store.write(technicianId, tx -> {
            faults.insertAll(tx, chunk.stream().map(DemoDataGenerator.DemoFault::fault).toList());
            faults.appendEvents(tx, chunk.stream().flatMap(f -> f.events().stream()).toList());
            procedures.insertRuns(tx, runs);
            procedures.appendSteps(tx, steps);
            knowledge.insertAll(tx, articles);
            return null;
        });
        counts.faults += chunk.size();
        counts.events += chunk.stream().mapToLong(f -> f.events().size()).sum();
    }

    private static void checkCancelled(Progress progress, Counts counts) {
        if (progress.cancelled()) {
            throw new CancelledException("Demo data cancelled after %d assets and %d faults; what was made is kept."
                    .formatted(counts.assets, counts.faults));
        }
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    /** Running totals of one run. */
    private static final class Counts {
        int assets;
        int faults;
        long components;
        long software;
        long inspections;
        long results;
        long events;
    }
}
