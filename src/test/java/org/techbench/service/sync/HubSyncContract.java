package org.techbench.service.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetListRow;
import org.techbench.domain.asset.AssetSortKey;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.asset.Component;
import org.techbench.domain.asset.ComponentKind;
import org.techbench.domain.fault.Fault;
import org.techbench.domain.fault.FaultCategory;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.domain.fault.FaultStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.fault.Impact;
import org.techbench.domain.fault.Urgency;
import org.techbench.domain.knowledge.Article;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.DueCheck;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.site.Site;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.service.Progress;
import org.techbench.service.Subject;
import org.techbench.service.Workbench;
import org.techbench.service.demo.DemoDataOptions;
import org.techbench.service.fault.FaultReport;
import org.techbench.service.knowledge.ArticleFilter;
import org.techbench.service.knowledge.BuiltInArticles;
import org.techbench.service.maintenance.ChecklistFormService;
import org.techbench.service.maintenance.FormFiller;
import org.techbench.store.DataFolder;
import org.techbench.store.TestStores;

/** Two laptops syncing through a hub: the same specification for every database the hub can use. */
abstract class HubSyncContract {

    @TempDir
    Path folder;
    HubFixture hub;
    String database;
    Workbench anna;
    Workbench ben;

    /** The hub's database for one test: null for H2 in the hub's folder, else a JDBC URL of an empty database. */
    abstract String hubDatabase() throws Exception;

    @BeforeEach
    void start() throws Exception {
        database = hubDatabase();
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC(), database).withManager("anna").withEngineer("ben", "H1");
        // Anna's laptop runs a minute ahead (within what the hub allows), so her edit made after Ben's
        // is the later one by the clocks too, however fast the machine runs the test.
        anna = Workbench.open(new DataFolder(folder.resolve("anna")),
                Clock.offset(Clock.systemDefaultZone(), Duration.ofMinutes(1)), "anna");
        ben = Workbench.open(new DataFolder(folder.resolve("ben")), Clock.systemDefaultZone(), "ben");
    }

    @AfterEach
    void stop() {
        anna.close();
        ben.close();
        hub.close();
    }

    @Test
    void workDoneOnOneLaptopReachesAnotherThroughTheHub() {
        Site site = anna.sites().save(site("H1"));
        Asset asset = anna.assets().save(asset(site.id(), "SRV-1"));
        signIn(anna, "anna");
        SyncReport sent = anna.sync().sync(Progress.NONE);
        assertThat(sent.pushed()).isGreaterThanOrEqualTo(2);
        assertThat(anna.sync().standing().pendingChanges()).isZero();

        signIn(ben, "ben");
        SyncReport received = ben.sync().sync(Progress.NONE);
        assertThat(received.snapshotRows()).isGreaterThanOrEqualTo(2);
        assertThat(ben.assets().detail(asset.id()).asset().name()).isEqualTo("Dell PowerEdge R750");
    }

    @Test
    void aFirstSyncPutsBackEveryIndexItSetAside() throws Exception {
        Set<String> before = indexes(folder.resolve("ben"));
        anna.sites().save(site("H1"));
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);
        signIn(ben, "ben");
        ben.sync().sync(Progress.NONE);
        assertThat(indexes(folder.resolve("ben"))).isEqualTo(before).contains("asset_site_tag_idx", "component_asset_idx");
    }

    private static Set<String> indexes(Path laptop) throws Exception {
        Set<String> names = new java.util.TreeSet<>();
        try (var connection = java.sql.DriverManager.getConnection(TestStores.jdbcUrl(laptop), "techbench", "");
             var rows = connection.createStatement().executeQuery(
                     "select index_name from information_schema.indexes where table_schema = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Test
    void twoTechniciansInspectingTheSameAssetOfflineBothKeepTheirInspections() {
        Asset asset = anAssetBothLaptopsHave();
        anna.maintenance().seedBuiltIns();
        ben.maintenance().seedBuiltIns();

        UUID annas = inspect(anna, asset, "Li Na");
        UUID bens = inspect(ben, asset, "Wang Wei");
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        for (Workbench laptop : new Workbench[] {anna, ben}) {
            assertThat(laptop.maintenance().history(asset.id())).extracting(Inspection::id, Inspection::customerName)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(annas, "Li Na"),
                            org.assertj.core.groups.Tuple.tuple(bens, "Wang Wei"));
            assertThat(laptop.maintenance().record(annas).answers()).hasSize(10);
            assertThat(laptop.maintenance().record(bens).answers()).hasSize(10);
            assertThat(laptop.maintenance().templates()).extracting(ChecklistTemplate::code).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCheckDoneOnAnotherLaptopLeavesTheDueListOnceSynced() {
        Asset asset = anAssetBothLaptopsHave();
        anna.maintenance().seedBuiltIns();
        ben.maintenance().seedBuiltIns();
        LocalDate today = LocalDate.now();
        assertThat(ben.maintenance().due(null, null, today)).extracting(DueCheck::assetId).containsExactly(asset.id());

        inspect(anna, asset, "Li Na");
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);

        assertThat(ben.maintenance().due(null, null, today)).isEmpty();
    }

    @Test
    void theSameFormImportedOnBothLaptopsOfflineIsOneInspectionWithItsAnswersOnce() throws Exception {
        Asset asset = anAssetBothLaptopsHave();
        anna.maintenance().seedBuiltIns();
        ben.maintenance().seedBuiltIns();
        ChecklistTemplate check = anna.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        Path form = folder.resolve("form.xlsx");
        anna.checklistForms().print(new ChecklistFormService.FormRequest(null, asset.id(), null, null),
                java.util.Locale.ENGLISH, form);
        Path filled = FormFiller.fill(form, check, FormFiller.everyRequiredAnswered(check), LocalDate.now().toString(),
                "Li Na");

        anna.checklistForms().accept(anna.checklistForms().read(filled));
        ben.checklistForms().accept(ben.checklistForms().read(filled));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        for (Workbench laptop : new Workbench[] {anna, ben}) {
            assertThat(laptop.maintenance().history(asset.id())).hasSize(1);
            long results = laptop.reports().maintenance(null, LocalDate.now(), LocalDate.now(), java.util.Locale.ENGLISH,
                    folder.resolve("report.xlsx"), Progress.NONE);
            assertThat(results).as("each answer once").isEqualTo(10);
        }
    }

    /** A whole server check on the laptop, every reading within its range, signed by the customer. */
    private static UUID inspect(Workbench laptop, Asset asset, String customer) {
        ChecklistTemplate check = laptop.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        Inspection inspection = laptop.maintenance().start(asset.id(), check.id());
        for (ChecklistItem item : check.items()) {
            laptop.maintenance().answer(inspection.id(), item.id(), item.answerType() == AnswerType.READING
                    ? Answer.reading(item.lowerLimit() != null ? item.lowerLimit().toPlainString() : "50")
                    : Answer.verdict(CheckOutcome.PASS));
        }
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7};
        return laptop.maintenance().finish(inspection.id(), customer, signature, java.util.Locale.ENGLISH).id();
    }

    @Test
    void editsOfDifferentFieldsOnTwoLaptopsBothSurvive() {
        Asset asset = anAssetBothLaptopsHave();

        anna.assets().save(withName(anna.assets().detail(asset.id()).asset(), "Mail server"));
        Asset bens = ben.assets().detail(asset.id()).asset();
        ben.assets().save(new Asset(bens.id(), bens.siteId(), bens.tag(), bens.name(), bens.kind(), bens.make(), bens.model(),
                bens.serial(), "Rack 9", bens.ipAddress(), bens.hostname(), bens.status(), bens.purchasedOn(),
                bens.warrantyEndsOn(), bens.notes(), bens.archived()));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        for (Workbench laptop : new Workbench[] {anna, ben}) {
            Asset merged = laptop.assets().detail(asset.id()).asset();
            assertThat(merged.name()).isEqualTo("Mail server");
            assertThat(merged.location()).isEqualTo("Rack 9");
        }
    }

    @Test
    void aSyncThatBringsChangesDownTellsTheOpenScreensOnceNotOncePerPage() {
        Asset asset = anAssetBothLaptopsHave();
        AtomicInteger told = new AtomicInteger();
        ben.changes().listen(EnumSet.of(Subject.ASSETS), told::incrementAndGet);

        anna.assets().save(withName(anna.assets().detail(asset.id()).asset(), "Print server"));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);

        assertThat(ben.assets().detail(asset.id()).asset().name()).isEqualTo("Print server");
        assertThat(told.get()).isEqualTo(1);
    }

    @Test
    void keepingTheirValueClosesTheConflictAndSendsNothingBack() {
        Asset asset = anAssetBothLaptopsHave();
        ben.assets().save(withName(ben.assets().detail(asset.id()).asset(), "Ben's name"));
        anna.assets().save(withName(anna.assets().detail(asset.id()).asset(), "Anna's name"));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        var conflict = ben.sync().conflicts().getFirst();

        ben.sync().dismiss(conflict.id());
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        assertThat(ben.sync().conflicts()).isEmpty();
        assertThat(ben.sync().standing().pendingChanges()).isZero();
        assertThat(ben.assets().detail(asset.id()).asset().name()).isEqualTo("Anna's name");
        assertThat(anna.assets().detail(asset.id()).asset().name()).isEqualTo("Anna's name");
    }

    @Test
    void aLocalEditThatLosesToALaterOneIsKeptAsAConflictAndCanBeRestored() {
        Asset asset = anAssetBothLaptopsHave();

        ben.assets().save(withName(ben.assets().detail(asset.id()).asset(), "Ben's name"));
        anna.assets().save(withName(anna.assets().detail(asset.id()).asset(), "Anna's name"));
        anna.sync().sync(Progress.NONE);
        SyncReport bens = ben.sync().sync(Progress.NONE);

        assertThat(bens.newConflicts()).isEqualTo(1);
        assertThat(ben.assets().detail(asset.id()).asset().name()).isEqualTo("Anna's name");
        var conflict = ben.sync().conflicts().getFirst();
        assertThat(conflict.field()).isEqualTo("name");
        assertThat(conflict.lostValue()).isEqualTo("Ben's name");
        assertThat(conflict.wonValue()).isEqualTo("Anna's name");

        ben.sync().restore(conflict.id());
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);
        assertThat(anna.assets().detail(asset.id()).asset().name()).isEqualTo("Ben's name");
        assertThat(ben.sync().conflicts()).isEmpty();
    }

    @Test
    void anEditOverwrittenByOneThatNeverSawItIsListedForItsAuthor() {
        Asset asset = anAssetBothLaptopsHave();

        ben.assets().save(withLocation(ben.assets().detail(asset.id()).asset(), "Rack 9"));
        ben.sync().sync(Progress.NONE);
        // Anna has not synced since: she moves the asset too, a little later by the clocks.
        anna.assets().save(withLocation(anna.assets().detail(asset.id()).asset(), "Cage 3"));
        SyncReport annas = anna.sync().sync(Progress.NONE);
        SyncReport bens = ben.sync().sync(Progress.NONE);

        assertThat(annas.newConflicts()).isZero();
        assertThat(bens.newConflicts()).isEqualTo(1);
        assertThat(ben.assets().detail(asset.id()).asset().location()).isEqualTo("Cage 3");
        assertThat(anna.assets().detail(asset.id()).asset().location()).isEqualTo("Cage 3");
        var conflict = ben.sync().conflicts().getFirst();
        assertThat(conflict.field()).isEqualTo("location");
        assertThat(conflict.lostValue()).isEqualTo("Rack 9");
        assertThat(conflict.wonValue()).isEqualTo("Cage 3");
    }

    @Test
    void anEditMadeAfterSeeingTheValueItReplacesIsNoConflict() {
        Asset asset = anAssetBothLaptopsHave();

        ben.assets().save(withLocation(ben.assets().detail(asset.id()).asset(), "Rack 9"));
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);
        anna.assets().save(withLocation(anna.assets().detail(asset.id()).asset(), "Cage 3"));
        anna.sync().sync(Progress.NONE);
        SyncReport bens = ben.sync().sync(Progress.NONE);

        assertThat(bens.newConflicts()).isZero();
        assertThat(ben.sync().conflicts()).isEmpty();
        assertThat(ben.assets().detail(asset.id()).asset().location()).isEqualTo("Cage 3");
    }

    @Test
    void theSameSiteSetUpOnBothLaptopsOfflineIsOneSiteWithEachTagOnceWhenAnnaSyncsFirst() {
        theSameSiteSetUpOnBothLaptopsIsOneSite(anna, ben);
    }

    @Test
    void theSameSiteSetUpOnBothLaptopsOfflineIsOneSiteWithEachTagOnceWhenBenSyncsFirst() {
        theSameSiteSetUpOnBothLaptopsIsOneSite(ben, anna);
    }

    /**
     * Anna and Ben each set up site H1 with five assets of the same tags and one of their own; Ben
     * fits a disk on one and reports a fault on another. Synced in the given order, every laptop has
     * one H1 with seven tags once, Ben's fault and disk on the assets that stayed, and the merges listed.
     */
    private void theSameSiteSetUpOnBothLaptopsIsOneSite(Workbench first, Workbench second) {
        signIn(anna, "anna");
        signIn(ben, "ben");
        Site annasSite = anna.sites().save(site("H1"));
        Site bensSite = ben.sites().save(site("H1"));
        for (int i = 1; i <= 5; i++) {
            anna.assets().save(asset(annasSite.id(), "H1-PC-0000" + i));
            ben.assets().save(asset(bensSite.id(), "H1-PC-0000" + i));
        }
        anna.assets().save(asset(annasSite.id(), "H1-PC-00006"));
        ben.assets().save(asset(bensSite.id(), "H1-PC-00007"));
        UUID bensThird = tagged(ben, "H1-PC-00003").id();
        Fault bensFault = ben.faults().report(new FaultReport(null, bensThird, FaultSubcategory.POWER, "No power",
                null, null, "Li Na", null, null, Impact.HIGH, Urgency.HIGH, null, null, 1));
        ben.assets().addComponent(tagged(ben, "H1-PC-00002").id(),
                new Component(null, null, null, ComponentKind.DISK, "Samsung", "870 EVO", "DISK-9", null, null, null));

        first.sync().sync(Progress.NONE);
        second.sync().sync(Progress.NONE);
        first.sync().sync(Progress.NONE);

        for (Workbench laptop : List.of(anna, ben)) {
            List<Site> h1 = laptop.sites().all().stream().filter(site -> site.code().equals("H1")).toList();
            assertThat(h1).hasSize(1);
            List<AssetListRow> assets = laptop.assets().rows(laptop.assets().match(
                    new AssetFilter("", h1.getFirst().id(), null, Set.of(), null, true, AssetSortKey.TAG, true)));
            assertThat(assets).as(laptop == anna ? "Anna's assets" : "Ben's assets").extracting(AssetListRow::tag)
                    .containsExactly("H1-PC-00001", "H1-PC-00002",
                    "H1-PC-00003", "H1-PC-00004", "H1-PC-00005", "H1-PC-00006", "H1-PC-00007");
            assertThat(laptop.faults().detail(bensFault.id()).fault().assetId()).isEqualTo(tagged(laptop, "H1-PC-00003").id());
            assertThat(laptop.assets().detail(tagged(laptop, "H1-PC-00002").id()).fitted())
                    .extracting(Component::serial).containsExactly("DISK-9");
        }
        assertThat(tagged(anna, "H1-PC-00003").id()).isEqualTo(tagged(ben, "H1-PC-00003").id());
        assertThat(second.sync().merges()).extracting(SyncMerge::key).contains("H1", "H1-PC-00001", "H1-PC-00005");
        assertThat(second.sync().merges()).extracting(SyncMerge::key).doesNotContain("H1-PC-00006", "H1-PC-00007");
        assertThat(first.sync().merges()).extracting(SyncMerge::key).contains("H1", "H1-PC-00003");
    }

    private static AssetListRow tagged(Workbench laptop, String tag) {
        List<AssetListRow> rows = laptop.assets().rows(laptop.assets().match(
                new AssetFilter(tag, null, null, Set.of(), null, true, AssetSortKey.TAG, true)));
        return rows.stream().filter(row -> row.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void anAssetTaggedOnBothLaptopsOfflineIsOneAssetWithTheLaterEditsAndTheLosingValueListed() {
        UUID site = anAssetBothLaptopsHave().siteId();
        Asset bens = ben.assets().save(withLocation(asset(site, "SRV-2"), "Ben's rack"));
        Asset annas = anna.assets().save(withLocation(asset(site, "SRV-2"), "Anna's rack"));

        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);

        assertThat(tagged(anna, "SRV-2").id()).isEqualTo(bens.id());
        assertThat(tagged(ben, "SRV-2").id()).isEqualTo(bens.id());
        assertThat(anna.assets().detail(bens.id()).asset().location()).isEqualTo("Anna's rack");
        assertThat(ben.assets().detail(bens.id()).asset().location()).isEqualTo("Anna's rack");
        assertThat(ben.sync().conflicts()).extracting(SyncConflict::lostValue).contains("Ben's rack");
        assertThat(anna.sync().merges()).extracting(SyncMerge::key).containsExactly("SRV-2");
        assertThat(annas.id()).isNotEqualTo(bens.id());
    }

    @Test
    void anAssetRetaggedOnOneLaptopToATagCreatedOnTheOtherIsOneAssetKeepingTheFault() {
        Fault fault = aFaultBothLaptopsHave();
        Asset retagged = ben.assets().detail(fault.assetId()).asset();
        ben.assets().save(withTag(retagged, "SRV-2"));
        Asset annas = anna.assets().save(asset(retagged.siteId(), "SRV-2"));

        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        for (Workbench laptop : List.of(anna, ben)) {
            assertThat(laptop.assets().rows(laptop.assets().match(AssetFilter.all()))).extracting(AssetListRow::id)
                    .as("one asset, the one the hub had first").containsExactly(annas.id());
            assertThat(laptop.faults().detail(fault.id()).fault().assetId()).isEqualTo(annas.id());
        }
        assertThat(anna.sync().merges()).extracting(SyncMerge::key).containsExactly("SRV-2");
    }

    @Test
    void anArticleWrittenOnOneLaptopIsFoundOnTheOtherWithinASecondOfItsSync() throws Exception {
        Article written = anna.knowledge().save(new Article(null, null, "Zebra ZD420 prints blank labels",
                "Clean the print head\nSet darkness to 15", FaultCategory.HARDWARE, FaultSubcategory.DAMAGED_DEVICE, null,
                null, "Labels come out blank", "Print head worn", "en", "Zebra ZD420", "", "anna", 1, null, null));
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);
        signIn(ben, "ben");
        ben.knowledge().follow(ben.changes());
        ben.knowledge().catchUp(Progress.NONE);

        ben.sync().sync(Progress.NONE);
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        boolean found = false;
        while (!found && System.nanoTime() < deadline) {
            found = ben.knowledge().search("zebra blank labels", ArticleFilter.NONE, 5).results().stream()
                    .anyMatch(result -> result.id().equals(written.id()));
        }

        assertThat(found).as("found on Ben's laptop within a second of the sync").isTrue();
        assertThat(ben.knowledge().find(written.id()).steps()).containsExactly("Clean the print head", "Set darkness to 15");
    }

    @Test
    void aBuiltInArticleEditedOnBothLaptopsOfflineEndsTheSameOnBothWithTheLosingEditListed() {
        anAssetBothLaptopsHave();
        UUID topic = BuiltInArticles.idOf("net-ip-conflict", "en");
        Article bens = ben.knowledge().find(topic);
        ben.knowledge().save(bens.edited(bens.title(), bens.symptom(), bens.cause(), bens.body() + "\nBen's step",
                "ben", null));
        Article annas = anna.knowledge().find(topic);
        anna.knowledge().save(annas.edited(annas.title(), annas.symptom(), annas.cause(), annas.body() + "\nAnna's step",
                "anna", null));

        // Anna's later edit reaches the hub first, so Ben's, still waiting, is the one listed as lost. (In the
        // other order Ben's acknowledged edit is overwritten without a trace: the sync-semantics issue.)
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        for (Workbench laptop : new Workbench[] {anna, ben}) {
            assertThat(laptop.knowledge().find(topic).steps()).endsWith("Anna's step").doesNotContain("Ben's step");
            assertThat(laptop.knowledge().detail(topic).revisions()).hasSize(2);
        }
        assertThat(ben.sync().conflicts()).anySatisfy(conflict -> {
            assertThat(conflict.field()).isEqualTo("body");
            assertThat(conflict.lostValue()).endsWith("Ben's step");
        });
    }

    @Test
    void anEngineerSeesOnlyTheSitesTheyAreGiven() {
        Site mine = anna.sites().save(site("H1"));
        Site other = anna.sites().save(site("H2"));
        anna.assets().save(asset(mine.id(), "SRV-1"));
        Asset hidden = anna.assets().save(asset(other.id(), "SRV-2"));
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);

        signIn(ben, "ben");
        ben.sync().sync(Progress.NONE);
        assertThat(ben.sites().all()).extracting(Site::code).containsExactly("H1");
        anna.assets().save(withName(hidden, "Still hidden"));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        assertThat(ben.sites().all()).extracting(Site::code).containsExactly("H1");
    }

    @Test
    void nothingOfASiteAnEngineerIsNotGivenReachesTheirLaptop() throws Exception {
        anna.demoData().create(new DemoDataOptions(3, 90, 30, 7, LocalDate.of(2026, 11, 28)),
                anna.technicians().currentId(), Progress.NONE);
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);
        hub.withEngineer("cai", "S002");
        Path caisFolder = folder.resolve("cai");
        try (Workbench cai = Workbench.open(new DataFolder(caisFolder), Clock.systemDefaultZone(), "cai")) {
            signIn(cai, "cai");
            cai.sync().sync(Progress.NONE);
            assertThat(cai.sites().all()).extracting(Site::code).containsExactly("S002");
        }

        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + caisFolder.resolve("techbench") + ";DATABASE_TO_LOWER=TRUE", "techbench", "");
             var statement = connection.createStatement()) {
            for (String table : List.of("site", "asset", "component", "installed_software", "contract", "inspection",
                    "inspection_result", "fault", "fault_event")) {
                var rows = statement.executeQuery("select count(*), count(case when site_id <> (select id from site"
                        + " where code = 'S002') then 1 end) from " + table);
                rows.next();
                assertThat(rows.getInt(1)).as("rows of " + table + " of the engineer's site").isPositive();
                assertThat(rows.getInt(2)).as("rows of " + table + " of other sites").isZero();
            }
        }
    }

    @Test
    void aChangeToASiteTheUserMayNotWriteIsRefusedWithAReasonAndTheHubsVersionComesBack() {
        Site other = anna.sites().save(site("H2"));
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);
        // Ben's laptop makes a site the hub never gave him.
        Site sneaky = ben.sites().save(site("H9"));
        signIn(ben, "ben");
        SyncReport report = ben.sync().sync(Progress.NONE);

        assertThat(report.refused()).isEqualTo(1);
        assertThat(ben.sync().refused()).singleElement().satisfies(refused -> {
            assertThat(refused.reason()).startsWith("ben may not change data of site H9;");
            assertThat(refused.fields()).containsEntry("code", "H9");
        });
        assertThat(ben.sites().all()).extracting(Site::id).doesNotContain(sneaky.id(), other.id());
        assertThat(ben.sync().standing().pendingChanges()).isZero();
    }

    @Test
    void aLaterEditOfARecordWhoseCreationWasRefusedIsRefusedForTheSameReason() {
        Site sneaky = ben.sites().save(site("H9"));
        ben.sites().save(new Site(sneaky.id(), "H9", "Site H9, second floor", "1 Quay", ZoneId.of("Asia/Shanghai"), "Chen",
                "+86 10", "it@example.cn", false));
        signIn(ben, "ben");
        SyncReport report = ben.sync().sync(Progress.NONE);

        assertThat(report.refused()).isEqualTo(2);
        assertThat(ben.sync().refused()).hasSize(2).allSatisfy(refused ->
                assertThat(refused.reason()).startsWith("ben may not change data of site H9;"));
        assertThat(ben.sites().all()).extracting(Site::id).doesNotContain(sneaky.id());
        assertThat(ben.sync().standing().pendingChanges()).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsRemembered() {
        assertThatThrownBy(() -> ben.sync().signIn(hub.url, "ben", "wrong password".toCharArray()))
                .isInstanceOf(SyncFailure.class).hasMessage("Wrong user name or password.");
        assertThat(ben.sync().standing().connected()).isFalse();
    }

    @Test
    void anUnreachableHubIsReportedAndTheOutboxKept() {
        ben.sites().save(site("H1"));
        signIn(ben, "ben");
        int waiting = ben.sync().standing().pendingChanges();
        hub.close();
        assertThatThrownBy(() -> ben.sync().sync(Progress.NONE))
                .isInstanceOf(SyncFailure.class).hasMessageContaining("cannot be reached");
        assertThat(ben.sync().standing().pendingChanges()).isEqualTo(waiting).isPositive();
        hub = new HubFixture(folder.resolve("hub"), Clock.systemUTC(), database);
    }

    @Test
    void aFaultMovedOnTwoLaptopsOfflineKeepsTheFirstMoveAndTellsTheSecondWhyItWasRefused() {
        Fault fault = aFaultBothLaptopsHave();
        anna.faults().move(fault.id(), FaultStatus.CANCELLED, "reported twice");
        ben.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        ben.faults().addEntry(fault.id(), FaultEventKind.OBSERVATION, "PSU fan does not spin");

        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        // The move's status and its journal entry were one transaction: both are refused, for one reason.
        assertThat(ben.sync().refused()).extracting(RefusedChange::table).containsExactlyInAnyOrder("fault", "fault_event");
        assertThat(ben.sync().refused()).extracting(RefusedChange::reason).containsOnly("The fault is already cancelled "
                + "on the hub and cannot go to in progress; someone else moved it on while this laptop was offline.");
        theFaultIsTheSameOnBothLaptops(fault, FaultStatus.CANCELLED, "CANCELLED: reported twice");
    }

    @Test
    void theOtherOrderKeepsBensMoveAndRefusesAnnas() {
        Fault fault = aFaultBothLaptopsHave();
        anna.faults().move(fault.id(), FaultStatus.CANCELLED, "reported twice");
        ben.faults().move(fault.id(), FaultStatus.IN_PROGRESS, null);
        ben.faults().addEntry(fault.id(), FaultEventKind.OBSERVATION, "PSU fan does not spin");

        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);

        assertThat(anna.sync().refused()).extracting(RefusedChange::table).containsExactlyInAnyOrder("fault", "fault_event");
        assertThat(anna.sync().refused()).extracting(RefusedChange::reason).containsOnly("The fault is already in "
                + "progress on the hub and cannot go to cancelled; someone else moved it on while this laptop was offline.");
        theFaultIsTheSameOnBothLaptops(fault, FaultStatus.IN_PROGRESS, "IN_PROGRESS");
    }

    @Test
    void aProcedureAddedOnBothLaptopsOfflineIsOneVersionThatEveryLaptopOffers() {
        anAssetBothLaptopsHave();
        var annas = anna.procedures().add("fan.yaml", fanCheck("Fan check (Anna)"));
        var bens = ben.procedures().add("fan.yaml", fanCheck("Fan check (Ben)"));
        assertThat(annas.definition().version()).isEqualTo(1);
        assertThat(bens.definition().version()).isEqualTo(1);

        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        String offeredToAnna = anna.procedures().catalog().find("FAN-CHECK").orElseThrow().title().en();
        assertThat(ben.procedures().catalog().find("FAN-CHECK").orElseThrow().title().en()).isEqualTo(offeredToAnna);
        assertThat(anna.sync().refused()).isEmpty();
        assertThat(ben.procedures().add("fan.yaml", fanCheck("Fan check (Ben, again)")).definition().version()).isEqualTo(2);
    }

    @Test
    void anUpdateRunOnOneLaptopReachesTheOtherWithItsStepsAndTheNewVersion() {
        Asset asset = anAssetBothLaptopsHave();
        ben.assets().addSoftware(asset.id(), new org.techbench.domain.asset.InstalledSoftware(null, null, null, "Zabbix agent",
                "6.0", "Zabbix", LocalDate.of(2025, 1, 1), null));
        var run = ben.procedures().start("SOFTWARE-UPDATE", asset.id(), null).run();
        for (String answer : new String[] {"Zabbix agent", "7.0", "yes", "yes", "pass", "", "pass", "yes", "Ben"}) {
            ben.procedures().answer(run.id(), answer, null);
        }

        ben.sync().sync(Progress.NONE);
        anna.sync().sync(Progress.NONE);

        assertThat(anna.assets().detail(asset.id()).software()).extracting(s -> s.version()).containsExactly("7.0");
        var record = anna.procedures().record(run.id(), java.util.Locale.ENGLISH);
        assertThat(record.steps()).hasSize(9);
        assertThat(record.listing().technician()).isEqualTo("ben");
    }

    private static String fanCheck(String title) {
        return """
                code: FAN-CHECK
                version: 1
                kind: HARDWARE_CHECK
                title: {en: "%s", zh: "风扇检查"}
                steps:
                  - id: spins
                    kind: check
                    text: {en: "Fan spins?", zh: "风扇转吗？"}
                """.formatted(title);
    }

    /**
     * Both laptops end with the fault in the status given, the winning move in the journal and the
     * refused one nowhere, and every other entry once: diagnostic entries never conflict.
     */
    private void theFaultIsTheSameOnBothLaptops(Fault fault, FaultStatus status, String winningMove) {
        var annas = anna.faults().detail(fault.id());
        var bens = ben.faults().detail(fault.id());
        assertThat(annas.fault().status()).isEqualTo(status);
        assertThat(bens.fault().status()).isEqualTo(status);
        assertThat(annas.journal()).extracting(FaultEvent::body).containsExactlyInAnyOrder("REPORTED", winningMove,
                "PSU fan does not spin");
        assertThat(bens.journal()).extracting(FaultEvent::id)
                .containsExactlyInAnyOrderElementsOf(annas.journal().stream().map(FaultEvent::id).toList());
    }

    private Fault aFaultBothLaptopsHave() {
        Asset asset = anAssetBothLaptopsHave();
        Fault fault = anna.faults().report(new FaultReport(null, asset.id(), FaultSubcategory.POWER, "Server does not start",
                null, null, "Li Na", null, null, Impact.HIGH, Urgency.HIGH, null, null, 12));
        anna.sync().sync(Progress.NONE);
        ben.sync().sync(Progress.NONE);
        assertThat(ben.faults().detail(fault.id()).fault().usersAffected()).isEqualTo(12);
        return fault;
    }

    /** Anna makes a site and an asset, and both laptops sync. */
    private Asset anAssetBothLaptopsHave() {
        Site site = anna.sites().save(site("H1"));
        Asset asset = anna.assets().save(asset(site.id(), "SRV-1"));
        signIn(anna, "anna");
        anna.sync().sync(Progress.NONE);
        signIn(ben, "ben");
        ben.sync().sync(Progress.NONE);
        return asset;
    }

    private void signIn(Workbench laptop, String user) {
        laptop.sync().signIn(hub.url, user, HubFixture.PASSWORD.toCharArray());
    }

    static Site site(String code) {
        return new Site(null, code, "Site " + code, "1 Quay", ZoneId.of("Asia/Shanghai"), "Chen", "+86 10", "it@example.cn",
                false);
    }

    static Asset asset(UUID siteId, String tag) {
        return new Asset(null, siteId, tag, "Dell PowerEdge R750", AssetKind.SERVER, "Dell", "R750", "SN-" + tag, "Rack 2",
                "10.0.0.5", tag.toLowerCase() + ".corp.local", AssetStatus.IN_SERVICE, LocalDate.of(2024, 3, 1),
                LocalDate.of(2029, 3, 1), null, false);
    }

    static Asset withLocation(Asset a, String location) {
        return new Asset(a.id(), a.siteId(), a.tag(), a.name(), a.kind(), a.make(), a.model(), a.serial(), location,
                a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(), a.warrantyEndsOn(), a.notes(), a.archived());
    }

    static Asset withTag(Asset a, String tag) {
        return new Asset(a.id(), a.siteId(), tag, a.name(), a.kind(), a.make(), a.model(), a.serial(), a.location(),
                a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(), a.warrantyEndsOn(), a.notes(), a.archived());
    }

    static Asset withName(Asset a, String name) {
        return new Asset(a.id(), a.siteId(), a.tag(), name, a.kind(), a.make(), a.model(), a.serial(), a.location(),
                a.ipAddress(), a.hostname(), a.status(), a.purchasedOn(), a.warrantyEndsOn(), a.notes(), a.archived());
    }
}
