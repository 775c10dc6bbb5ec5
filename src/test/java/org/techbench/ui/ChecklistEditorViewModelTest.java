package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.maintenance.AnswerType;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.maintenance.MaintenanceService;
import org.techbench.store.DataFolder;
import org.techbench.ui.common.Background;
import org.techbench.ui.maintenance.ChecklistEditorViewModel;
import org.techbench.ui.maintenance.ChecklistItemRow;

/** The checklist editor saves what the technician changed as a new version, and names what it cannot save. */
class ChecklistEditorViewModelTest {

    @TempDir
    Path folder;
    Workbench workbench;
    Background background;
    ChecklistEditorViewModel editor;

    @BeforeEach
    void editTheServerCheck() throws Exception {
        workbench = Workbench.open(new DataFolder(folder), java.time.Clock.systemDefaultZone(), "tester");
        workbench.maintenance().seedBuiltIns();
        background = new Background(Runnable::run);
        editor = new ChecklistEditorViewModel(workbench.maintenance(), background, Texts.window(Locale.ENGLISH));
        editor.load("HW-SERVER");
        Await.until(() -> editor.chosen().get() != null);
    }

    @AfterEach
    void close() throws Exception {
        background.close();
        workbench.close();
    }

    @Test
    void anEditedChecklistIsSavedAsTheNextVersionWithItsItemsInTheirNewOrder() throws Exception {
        var added = editor.addItem();
        fill(added, "UPS battery self-test passed", AnswerType.PASS_FAIL, "", "");
        editor.move(added, -1);

        save();

        ChecklistTemplate saved = latest(workbench.maintenance(), "HW-SERVER");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.items()).hasSize(11);
        assertThat(saved.items().get(9).check().english()).isEqualTo("UPS battery self-test passed");
        assertThat(saved.items().get(10).key()).isEqualTo("gpu");
        assertThat(editor.message().get()).isEqualTo("Saved as version 2.");
    }

    @Test
    void aLimitThatIsNotANumberIsNamedAndNothingIsSaved() throws Exception {
        var reading = editor.addItem();
        fill(reading, "UPS load", AnswerType.READING, "ten", "80");

        save();

        assertThat(editor.problem().get()).isEqualTo("The lowest or highest reading of \"UPS load\" is not a number.");
        assertThat(latest(workbench.maintenance(), "HW-SERVER").version()).isEqualTo(1);
    }

    @Test
    void aChecklistWithTheSameCheckTwiceIsRefusedWithTheCheckNamed() throws Exception {
        fill(editor.addItem(), "Fan speed", AnswerType.PASS_FAIL, "", "");

        save();

        assertThat(editor.problem().get()).isEqualTo("The checklist has \"Fan speed\" twice: remove one of them.");
        assertThat(latest(workbench.maintenance(), "HW-SERVER").version()).isEqualTo(1);
    }

    @Test
    void aNewChecklistNeedsACodeNoOtherChecklistHas() throws Exception {
        editor.startNew();
        fill(editor.items().getFirst(), "Battery runtime", AnswerType.READING, "10", "");
        name("HW-SERVER", "UPS check", AssetKind.OTHER);

        save();

        assertThat(editor.problem().get()).startsWith("There is a checklist with the code HW-SERVER already");
    }

    @Test
    void aNewChecklistIsSavedAsVersionOneForTheKindsChosen() throws Exception {
        editor.startNew();
        fill(editor.items().getFirst(), "Battery runtime", AnswerType.READING, "10", "");
        name("hw-ups", "UPS check", AssetKind.OTHER);

        save();

        ChecklistTemplate saved = latest(workbench.maintenance(), "HW-UPS");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.assetKinds()).containsExactly(AssetKind.OTHER);
        assertThat(saved.items()).extracting(ChecklistItem::answerType).containsExactly(AnswerType.READING);
        assertThat(workbench.maintenance().templatesFor(AssetKind.OTHER)).extracting(ChecklistTemplate::code)
                .contains("HW-UPS");
    }

    /** Saves and waits until the store answered, either way. */
    private void save() throws Exception {
        editor.save(saved -> { });
        Await.until(() -> !editor.saving().get());
    }

    private static void fill(ChecklistItemRow row, String check, AnswerType type, String lowest, String highest) {
        row.check().set(check);
        row.answerType().set(type);
        row.lowest().set(lowest);
        row.highest().set(highest);
    }

    private void name(String code, String name, AssetKind kind) {
        editor.code().set(code);
        editor.name().set(name);
        editor.kinds().add(kind);
    }

    private static ChecklistTemplate latest(MaintenanceService maintenance, String code) {
        return maintenance.templates().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
