package org.techbench.service;

import java.time.Clock;
import org.techbench.service.demo.DemoDataService;
import org.techbench.store.AssetRepository;
import org.techbench.store.DataFolder;
import org.techbench.store.FaultRepository;
import org.techbench.store.KnowledgeRepository;
import org.techbench.store.MaintenanceRepository;
import org.techbench.store.OverviewQueries;
import org.techbench.store.ProcedureRepository;
import org.techbench.store.SiteRepository;
import org.techbench.store.Store;
import org.techbench.store.TechnicianRepository;

/** The services of one open store, wired here once at start-up and shared by the window and the CLI. */
public final class Workbench implements AutoCloseable {

    private final Store store;
    private final TechnicianService technicians;
    private final OverviewService overview;
    private final DemoDataService demoData;

    private Workbench(Store store, Clock clock, String osUser) {
        this.store = store;
        var technicianRepository = new TechnicianRepository(store);
        var siteRepository = new SiteRepository(store);
        this.technicians = new TechnicianService(store, technicianRepository, osUser);
        this.overview = new OverviewService(new OverviewQueries(store), clock);
        this.demoData = new DemoDataService(store, siteRepository, technicianRepository, new AssetRepository(store),
                new MaintenanceRepository(store), new FaultRepository(store), new ProcedureRepository(store),
                new KnowledgeRepository(store));
    }

    /** Opens the store in the folder and wires the services on it. */
    public static Workbench open(DataFolder folder, Clock clock, String osUser) {
        Store store = Store.open(folder, clock);
        try {
            return new Workbench(store, clock, osUser);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public DataFolder folder() {
        return store.folder();
    }

    public TechnicianService technicians() {
        return technicians;
    }

    public OverviewService overview() {
        return overview;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    @Override
    public void close() {
        store.close();
    }
}
