package org.techbench.ui.assets;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.techbench.domain.asset.InstalledSoftware;
import org.techbench.service.asset.AssetInvalidException;
import org.techbench.ui.common.FormDialog;
import org.techbench.ui.common.Messages;

/** Asks for a program installed on the asset. */
final class SoftwareDialog {

    /** What the dialog hands back. */
    interface Handler {
        void accept(InstalledSoftware entry, Runnable close, Consumer<AssetInvalidException> invalid);
    }

    private SoftwareDialog() {
    }

    static void show(Window owner, Messages messages, Handler handler) {
        TextField name = new TextField();
        TextField version = new TextField();
        TextField vendor = new TextField();
        TextField licence = new TextField();
        DatePicker installed = new DatePicker(LocalDate.now());
        name.setId("software-name");
        version.setId("software-version");
        new FormDialog(owner, messages.get("software.add"))
                .row(messages.get("field.NAME"), name)
                .row(messages.get("field.VERSION"), version)
                .row(messages.get("field.VENDOR"), vendor)
                .row(messages.get("field.INSTALLED_ON"), installed)
                .row(messages.get("field.LICENCE"), licence)
                .show(messages.get("software.addButton"), "software-ok", (close, problem) -> handler.accept(
                        new InstalledSoftware(null, null, null, name.getText(), version.getText(), vendor.getText(),
                                installed.getValue(), licence.getText()), close,
                        invalid -> problem.accept(AssetProblems.describe(invalid, messages))), name);
    }
}
