package org.techbench.ui.assets;

import java.nio.file.Path;
import java.util.List;
import org.techbench.domain.asset.AssetFilter;
import org.techbench.i18n.Texts;
import org.techbench.service.asset.AssetExportService;
import org.techbench.service.asset.AssetService;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;

/** Exports the assets a filter selects: asks where, writes in the background, says how many went out. */
public final class AssetExportViewModel {

    private final AssetExportService export;
    private final AssetService assets;
    private final DialogService dialogs;
    private final Texts messages;

    public AssetExportViewModel(AssetExportService export, AssetService assets, DialogService dialogs, Texts messages) {
        this.export = export;
        this.assets = assets;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void export(AssetFilter filter) {
        dialogs.chooseFileToSave(messages.get("assets.export"), "assets.xlsx", List.of(
                        new FileFilter("Excel (*.xlsx)", "*.xlsx"), new FileFilter("CSV (*.csv)", "*.csv")))
                .ifPresent(file -> exportTo(file, filter));
    }

    private void exportTo(Path file, AssetFilter filter) {
        dialogs.runTask(messages.get("export.running", file.getFileName()),
                progress -> export.export(file, export.formatOf(file), assets.match(filter), progress),
                count -> messages.get("export.done", count, file.toAbsolutePath()));
    }
}
