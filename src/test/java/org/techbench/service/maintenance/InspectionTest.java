package org.techbench.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.fault.FaultSubcategory;
import org.techbench.domain.maintenance.Answer;
import org.techbench.domain.maintenance.CheckOutcome;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.maintenance.Inspection;
import org.techbench.domain.site.Site;
import org.techbench.service.RefusedException;
import org.techbench.service.Workbench;
import org.techbench.store.DataFolder;

/** An inspection from its start to a signed finish, on a real store in a temporary folder. */
class InspectionTest {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    static final Clock DAY = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    Workbench workbench;
    Asset server;
    ChecklistTemplate serverCheck;

    @BeforeEach
    void aServerToInspect() {
        workbench = Workbench.open(new DataFolder(folder), DAY, "tester");
        assertThat(workbench.maintenance().seedBuiltIns()).isEqualTo(5);
        Site site = workbench.sites().save(new Site(null, "N1", "North plant", "1 River Road", ZoneId.of("Asia/Shanghai"),
                "Li Na", null, null, false));
        server = workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE",
                "DL380", "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.of(2024, 1, 1), null, null, false));
        serverCheck = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void theBuiltInChecklistsAreSeededOnceAndShowInChinese() {
        assertThat(workbench.maintenance().seedBuiltIns()).isZero();
        assertThat(workbench.maintenance().templates()).extracting(ChecklistTemplate::code)
                .containsExactly("HW-NET", "HW-PC", "HW-PRINTER", "HW-SERVER", "HW-STORAGE");
        assertThat(serverCheck.name().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("服务器硬件检查");
        assertThat(item("psu-12v").check().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("12V 电压稳定");
        assertThat(item("psu-12v").tools().in(Locale.ENGLISH)).isEqualTo("Multimeter");
    }

    @Test
    void aReadingOutsideItsRangeFailsTheCheck() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());

        var low = workbench.maintenance().answer(inspection.id(), item("psu-12v").id(), Answer.reading("11.1"));
        var good = workbench.maintenance().answer(inspection.id(), item("cpu-temp").id(), Answer.reading("62,5"));

        assertThat(low.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(low.reading()).isEqualByComparingTo("11.1");
        assertThat(good.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(good.reading()).isEqualByComparingTo("62.5");
    }

    @Test
    void aReadingThatIsNotANumberIsRefusedAndNothingIsSaved() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());

        assertThatThrownBy(() -> workbench.maintenance().answer(inspection.id(), item("psu-12v").id(), Answer.reading("twelve")))
                .isInstanceOf(RefusedException.class).hasMessage("twelve is not a number: type a reading such as 12.1.");
        assertThat(workbench.maintenance().record(inspection.id()).answers()).isEmpty();
    }

    @Test
    void aLaterAnswerToTheSameCheckReplacesTheEarlierOne() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("memory").id(), Answer.verdict(CheckOutcome.FAIL));
        workbench.maintenance().answer(inspection.id(), item("memory").id(), Answer.verdict(CheckOutcome.PASS).withNote("Reseated"));

        var answer = workbench.maintenance().record(inspection.id()).answers().get(item("memory").id());

        assertThat(answer.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(answer.note()).isEqualTo("Reseated");
    }

    @Test
    void everyAnswerSurvivesTheWorkbenchClosingAndTheRunResumesWithThemAll() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("power-cable").id(), Answer.verdict(CheckOutcome.PASS));
        workbench.maintenance().answer(inspection.id(), item("psu-12v").id(), Answer.reading("12.1"));
        workbench.close();

        workbench = Workbench.open(new DataFolder(folder), DAY, "tester");

        assertThat(workbench.maintenance().unfinished()).extracting(Inspection::id).containsExactly(inspection.id());
        Inspection resumed = workbench.maintenance().start(server.id(), serverCheck.id());
        assertThat(resumed.id()).isEqualTo(inspection.id());
        assertThat(workbench.maintenance().record(resumed.id()).answers().keySet())
                .containsExactlyInAnyOrder(item("power-cable").id(), item("psu-12v").id());
    }

    @Test
    void finishingIsRefusedWhileARequiredCheckIsUnansweredNamingIt() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        answerAllBut(inspection, "disks");

        assertThatThrownBy(() -> workbench.maintenance().finish(inspection.id(), "Li Na", SIGNATURE, Locale.ENGLISH))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Not finished: \"Disk data and power cables normal, activity LED normal\" is required and has"
                        + " no answer (1 required checks left).");
        assertThat(workbench.maintenance().unfinished()).hasSize(1);
    }

    @Test
    void finishingIsRefusedWithoutTheCustomersSignature() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        answerAllBut(inspection, null);

        assertThatThrownBy(() -> workbench.maintenance().finish(inspection.id(), "Li Na", new byte[0], Locale.ENGLISH))
                .isInstanceOf(RefusedException.class).hasMessage("The customer has not signed: ask them to sign on the pad.");
        assertThatThrownBy(() -> workbench.maintenance().finish(inspection.id(), " ", SIGNATURE, Locale.ENGLISH))
                .isInstanceOf(RefusedException.class).hasMessage("Type the name of the customer who signs.");
    }

    @Test
    void aSignedInspectionKeepsWhoSignedAndCanNoLongerChange() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        answerAllBut(inspection, null);

        Inspection finished = workbench.maintenance().finish(inspection.id(), "Li Na", SIGNATURE, Locale.ENGLISH);

        assertThat(finished.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(finished.customerName()).isEqualTo("Li Na");
        assertThat(finished.signatureId()).isNotNull();
        assertThat(workbench.maintenance().unfinished()).isEmpty();
        assertThatThrownBy(() -> workbench.maintenance().answer(inspection.id(), item("memory").id(),
                Answer.verdict(CheckOutcome.FAIL))).isInstanceOf(RefusedException.class)
                .hasMessage("This inspection was finished on 2026-12-04 and can no longer change.");
    }

    @Test
    void aFailedReadingBecomesAFaultAboutTheAssetLinkedToTheInspection() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("cpu-temp").id(), Answer.reading("91").withNote("Fan 2 stopped"));

        var fault = workbench.maintenance().raiseFault(inspection.id(), item("cpu-temp").id(), Locale.ENGLISH);

        assertThat(fault.assetId()).isEqualTo(server.id());
        assertThat(fault.subcategory()).isEqualTo(FaultSubcategory.COOLING);
        assertThat(fault.symptom()).isEqualTo("CPU temperature under load: 91 °C (…–80). Fan 2 stopped");
        var record = workbench.maintenance().record(inspection.id());
        assertThat(record.faultsByResult()).containsValue(fault.id());
        assertThat(workbench.maintenance().raiseFault(inspection.id(), item("cpu-temp").id(), Locale.ENGLISH).id())
                .as("raised once").isEqualTo(fault.id());
    }

    @Test
    void aPassedCheckCannotBecomeAFault() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("memory").id(), Answer.verdict(CheckOutcome.PASS));

        assertThatThrownBy(() -> workbench.maintenance().raiseFault(inspection.id(), item("memory").id(), Locale.ENGLISH))
                .isInstanceOf(RefusedException.class).hasMessage("Only a failed check can become a fault.");
    }

    @Test
    void aPhotoThatIsNotAnImageIsRefused() throws Exception {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("fans").id(), Answer.verdict(CheckOutcome.PASS));
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a photo");

        assertThatThrownBy(() -> workbench.maintenance().attachPhoto(inspection.id(), item("fans").id(), notes))
                .isInstanceOf(RefusedException.class).hasMessage("notes.txt is not a JPEG or PNG photo.");
        assertThat(workbench.maintenance().record(inspection.id()).photosByResult()).isEmpty();
    }

    @Test
    void aPhotoIsKeptWithItsAnswer() throws Exception {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        workbench.maintenance().answer(inspection.id(), item("fans").id(), Answer.verdict(CheckOutcome.PASS));
        Path photo = Files.write(folder.resolve("fan.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});

        workbench.maintenance().attachPhoto(inspection.id(), item("fans").id(), photo);

        assertThat(workbench.maintenance().record(inspection.id()).photosByResult()).hasSize(1);
    }

    @Test
    void editingAChecklistMakesANewVersionAndAFinishedInspectionKeepsItsOwn() {
        Inspection inspection = workbench.maintenance().start(server.id(), serverCheck.id());
        answerAllBut(inspection, null);
        workbench.maintenance().finish(inspection.id(), "Li Na", SIGNATURE, Locale.ENGLISH);

        List<ChecklistItem> fewer = serverCheck.items().subList(0, 3);
        ChecklistTemplate edited = workbench.maintenance().saveTemplate(new ChecklistTemplate(null, null, serverCheck.code(),
                0, serverCheck.name(), serverCheck.assetKinds(), serverCheck.scheduling(), fewer));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst().items()).hasSize(3);
        var record = workbench.maintenance().record(inspection.id());
        assertThat(record.template().version()).isEqualTo(1);
        assertThat(record.template().items()).hasSize(serverCheck.items().size());
    }

    @Test
    void aChecklistWithoutItemsOrWithACheckTwiceIsRefused() {
        assertThatThrownBy(() -> workbench.maintenance().saveTemplate(new ChecklistTemplate(null, null, "MINE", 0,
                serverCheck.name(), serverCheck.assetKinds(), serverCheck.scheduling(), List.of())))
                .isInstanceOf(RefusedException.class).hasMessage("A checklist needs at least one item.");
        assertThatThrownBy(() -> workbench.maintenance().saveTemplate(new ChecklistTemplate(null, null, "MINE", 0,
                serverCheck.name(), serverCheck.assetKinds(), serverCheck.scheduling(),
                List.of(item("memory"), item("memory")))))
                .isInstanceOf(RefusedException.class)
                .hasMessage("The checklist has \"Memory modules firmly seated in their slots\" twice: remove one of them.");
    }

    private void answerAllBut(Inspection inspection, String skippedKey) {
        for (ChecklistItem item : serverCheck.items()) {
            if (item.key().equals(skippedKey)) {
                continue;
            }
            Answer answer = switch (item.answerType()) {
                case READING -> Answer.reading(item.lowerLimit() != null ? item.lowerLimit().add(BigDecimal.ONE).toPlainString()
                        : "50");
                case CHOICE -> Answer.choice(item.choiceList().getFirst());
                case TEXT -> Answer.text("fine");
                case PASS_FAIL -> Answer.verdict(CheckOutcome.PASS);
            };
            workbench.maintenance().answer(inspection.id(), item.id(), answer);
        }
    }

    private ChecklistItem item(String key) {
        return serverCheck.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
