package org.techbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.domain.attachment.Attachment;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.maintenance.InspectionResult;
import org.techbench.domain.maintenance.BuiltInChecklists;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.Technician;
import org.techbench.domain.procedure.ProcedureRun;
import org.techbench.domain.procedure.ProcedureStep;
import org.techbench.domain.procedure.RunStatus;
import org.techbench.domain.procedure.StepOutcome;
import org.techbench.replication.CapturingTransaction;
import org.techbench.replication.Ids;

class RepositoryRoundTripTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 2, 4, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Store store;
    private final UUID technician = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(java.util.function.Consumer<CapturingTransaction> work) {
        store.write(technician, tx -> {
            work.accept(tx);
            return null;
        });
    }

    @Test
    void siteAndContractComeBackAsWritten() {
        var sites = new SiteRepository(store);
        var site = TestStores.site("S1");
        var contract = TestStores.contract(site.id());
        write(tx -> {
            sites.insert(tx, site);
            sites.insertContract(tx, contract);
        });
        assertThat(sites.find(site.id())).contains(site);
        assertThat(sites.contracts(site.id())).containsExactly(contract);
    }

    @Test
    void assetWithComponentsAndSoftwareComesBackAsWritten() {
        var assets = new AssetRepository(store);
        var asset = TestStores.asset(UUID.randomUUID(), "SRV-1");
        var disk = new Component(Ids.next(), asset.siteId(), asset.id(), ComponentKind.DISK, "Samsung", "PM883",
                "S4EN", "960 GB SSD", LocalDate.of(2024, 3, 1), null);
        var os = new InstalledSoftware(Ids.next(), asset.siteId(), asset.id(), "Ubuntu Server", "22.04", "Canonical",
                LocalDate.of(2024, 3, 2), null);
        write(tx -> {
            assets.insert(tx, asset);
            assets.insertComponents(tx, List.of(disk));
            assets.insertSoftware(tx, List.of(os));
        });
        assertThat(assets.find(asset.id())).contains(asset);
        assertThat(assets.components(asset.id())).containsExactly(disk);
        assertThat(assets.software(asset.id())).containsExactly(os);
    }

    @Test
    void technicianComesBackWithSkills() {
        var technicians = new TechnicianRepository(store);
        var t = new Technician(Ids.next(), "Li Na 李娜", Role.SERVICE_DESK, EnumSet.of(FaultCategory.NETWORK), "lina", false);
        write(tx -> technicians.insert(tx, t));
        assertThat(technicians.find(t.id())).contains(t);
    }

    @Test
    void checklistInspectionAndResultsComeBackAsWritten() {
        var maintenance = new MaintenanceRepository(store);
        var template = BuiltInChecklists.server();
        var inspection = new Inspection(Ids.next(), UUID.randomUUID(), UUID.randomUUID(), template.id(), 1, technician,
                NOON, NOON.plusMinutes(30), CheckOutcome.PASS, "Wang Wei", UUID.randomUUID(), "Li Na", null);
        var result = new InspectionResult(Ids.next(), inspection.siteId(), inspection.id(), template.items().get(1).id(),
                UUID.randomUUID(), CheckOutcome.PASS, new BigDecimal("12.0500"), null, null, NOON.plusMinutes(5));
        write(tx -> {
            maintenance.insertTemplate(tx, template);
            maintenance.insertInspections(tx, List.of(inspection));
            maintenance.appendResults(tx, List.of(result));
        });
        assertThat(maintenance.latestTemplate("HW-SERVER")).contains(template);
        assertThat(maintenance.latestTemplate("HW-SERVER").orElseThrow().name().in(java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("服务器硬件检查");
        assertThat(maintenance.inspectionsOf(inspection.assetId())).containsExactly(inspection);
        assertThat(maintenance.results(inspection.id())).containsExactly(result);
    }

    @Test
    void faultWithJournalComesBackAsWritten() {
        var faults = new FaultRepository(store);
        var fault = new Fault(Ids.next(), UUID.randomUUID(), null, "F-2026-000001", FaultCategory.NETWORK,
                FaultSubcategory.CONFIGURATION, "IP conflict on floor 3", NOON, "Floor 3", "Zhang Min", "ext. 301",
                "Ten users offline", Impact.MEDIUM, Urgency.HIGH, Priority.P2, FaultStatus.REPORTED, null, NOON.plusMinutes(3),
                null, null, null, null, null, null, null, null, null, 10);
        var event = new FaultEvent(Ids.next(), fault.siteId(), fault.id(), FaultEventKind.INQUIRY, "Since 9:00", technician,
                NOON.plusMinutes(10));
        write(tx -> {
            faults.insert(tx, fault);
            faults.appendEvents(tx, List.of(event));
        });
        assertThat(faults.find(fault.id())).contains(fault);
        assertThat(faults.events(fault.id())).containsExactly(event);
    }

    @Test
    void procedureRunWithStepsComesBackAsWritten() {
        var procedures = new ProcedureRepository(store);
        var run = new ProcedureRun(Ids.next(), UUID.randomUUID(), "SOFTWARE-INSTALL", 1, UUID.randomUUID(), null,
                technician, NOON, null, RunStatus.IN_PROGRESS);
        var step = new ProcedureStep(Ids.next(), run.siteId(), run.id(), 1, StepOutcome.DONE, "Requirements met",
                technician, NOON.plusMinutes(2), "requirements", "pass");
        write(tx -> {
            procedures.insertRuns(tx, List.of(run));
            procedures.appendSteps(tx, List.of(step));
        });
        assertThat(procedures.runsOf(run.assetId())).containsExactly(run);
        assertThat(procedures.steps(run.id())).containsExactly(step);
    }

    @Test
    void articleAndAttachmentComeBackAsWritten() {
        var knowledge = new KnowledgeRepository(store);
        var attachments = new AttachmentRepository(store);
        var article = new Article(Ids.next(), null, "DHCP pool exhausted", "Widen the pool", FaultCategory.NETWORK,
                FaultSubcategory.NETWORK_SERVICE, null, "dhcp", "Clients get 169.254 addresses", "Pool too small", "en",
                "Cisco C1111", "NIC", "Li Na", 1, null, java.time.OffsetDateTime.parse("2026-12-04T09:00:00+08:00"));
        var photo = new Attachment(Ids.next(), UUID.randomUUID(), "a".repeat(64), "rack.jpg", "image/jpeg", 2048,
                "fault", UUID.randomUUID());
        write(tx -> {
            knowledge.insertAll(tx, List.of(article));
            attachments.insert(tx, photo);
        });
        assertThat(knowledge.all()).containsExactly(article);
        assertThat(attachments.of("fault", photo.ownerId())).containsExactly(photo);
    }
}
