package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.Asset;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.domain.site.Site;
import org.techbench.service.Workbench;
import org.techbench.service.maintenance.FormFiller;
import org.techbench.store.DataFolder;

/** {@code report checklist-form} then {@code inspection import}: a form out and back, imported only with --accept. */
class InspectionImportCommandTest {

    @TempDir
    Path folder;

    private final CommandLineRun command = new CommandLineRun();
    private ChecklistTemplate serverCheck;

    @BeforeEach
    void aServer() {
        try (Workbench workbench = Workbench.open(new DataFolder(folder.resolve("store")), Clock.systemDefaultZone(), "t")) {
            workbench.maintenance().seedBuiltIns();
            Site site = workbench.sites().save(new Site(null, "N1", "North plant", "", ZoneId.of("Asia/Shanghai"), "", null,
                    null, false));
            workbench.assets().save(new Asset(null, site.id(), "N1-SRV-1", "File server", AssetKind.SERVER, "HPE", "DL380",
                    "CZ1", "Rack 1", "10.0.0.9", null, AssetStatus.IN_SERVICE, LocalDate.now().minusYears(1), null, null,
                    false));
            serverCheck = workbench.maintenance().templatesFor(AssetKind.SERVER).getFirst();
        }
    }

    @Test
    void aFilledFormIsListedFirstAndImportedOnlyWithAccept() throws Exception {
        Path form = folder.resolve("form.xlsx");
        assertThat(command.run("report", "checklist-form", "--data", store(), "--asset", "N1-SRV-1", "--out",
                form.toString())).isZero();
        Path filled = FormFiller.fill(form, serverCheck, FormFiller.everyRequiredAnswered(serverCheck),
                LocalDate.now().toString(), "Li Na");

        assertThat(command.run("inspection", "import", "--data", store(), filled.toString())).isZero();
        assertThat(command.out()).contains("N1-SRV-1 HW-SERVER: N1-SRV-1, Server hardware check, 10 answers, 1 failed")
                .contains("1 inspections can be imported: run again with --accept to import them.");
        assertThat(command.run("inspection", "import", "--data", store(), "--accept", filled.toString())).isZero();
        assertThat(command.out()).contains("Imported 1 inspections.");
    }

    @Test
    void aFormWithAProblemIsExitOneWithItsSheetAndRow() throws Exception {
        Path form = folder.resolve("form.xlsx");
        command.run("report", "checklist-form", "--data", store(), "--asset", "N1-SRV-1", "--out", form.toString());
        Path filled = FormFiller.fill(form, serverCheck, FormFiller.everyRequiredAnswered(serverCheck), null, "Li Na");

        assertThat(command.run("inspection", "import", "--data", store(), "--accept", filled.toString())).isEqualTo(1);

        assertThat(command.err()).contains("N1-SRV-1 HW-SERVER, row 25: The date of the check is missing in the sign-off.")
                .contains("1 problems: nothing was imported.");
    }

    private String store() {
        return folder.resolve("store").toString();
    }
}
