package org.techbench.ui.maintenance;

import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/** The Maintenance screen: what is due (a place per site) and, in its place when opened, one inspection. */
public final class MaintenanceScreen implements Screen {

    private final MaintenanceViewModel listModel;
    private final InspectionViewModel inspectionModel;
    private final MaintenanceView list;
    private final InspectionView inspection;
    private final ChecklistEditorViewModel checklistModel;
    private final ChecklistEditorView checklists;
    private final StackPane root = new StackPane();
    private final Navigator navigator;

    public MaintenanceScreen(Workbench workbench, Background background, Texts messages, DialogService dialogs,
                             Navigator navigator, Clock clock) {
        this.navigator = navigator;
        this.listModel = new MaintenanceViewModel(workbench.maintenance(), workbench.sites(), workbench.changes(), background,
                clock);
        this.inspectionModel = new InspectionViewModel(workbench.maintenance(), workbench.changes(), background,
                messages.locale());
        this.list = new MaintenanceView(listModel, messages,
                due -> listModel.start(due, id -> navigator.goTo(new InspectionPlace(id))),
                id -> navigator.goTo(new InspectionPlace(id)), () -> navigator.goTo(new ChecklistsPlace(null)),
                () -> importForms(workbench, background, messages, dialogs));
        this.checklistModel = new ChecklistEditorViewModel(workbench.maintenance(), background, messages);
        this.checklists = new ChecklistEditorView(checklistModel, messages, navigator::back);
        this.inspection = new InspectionView(inspectionModel, messages, dialogs, navigator::back);
        root.getChildren().add(list.node());
        listModel.site().addListener((obs, old, site) -> {
            if (root.getChildren().contains(list.node())) {
                navigator.replace(new MaintenancePlace(site == null ? null : site.id()));
            }
        });
    }

    /** Asks for a file of filled-in forms and opens the import window on it. */
    private void importForms(Workbench workbench, Background background, Texts messages, DialogService dialogs) {
        dialogs.chooseFileToOpen(messages.get("maintenance.importForms"),
                List.of(new FileFilter(messages.get("reports.excel"), List.of("*.xlsx")))).ifPresent(file -> {
                    FormImportViewModel model = new FormImportViewModel(workbench.checklistForms(), background, file);
                    new FormImportDialog(model, messages, root.getScene().getWindow(),
                            () -> dialogs.toast(messages.get("formImport.done", model.imported()))).show();
                });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        listModel.activate();
        inspectionModel.activate();
    }

    @Override
    public void deactivate() {
        listModel.deactivate();
        inspectionModel.deactivate();
    }

    @Override
    public void open(Place place) {
        switch (place) {
            case InspectionPlace shown -> {
                inspectionModel.load(shown.inspectionId());
                root.getChildren().setAll(inspection.node());
            }
            case ChecklistsPlace shown -> {
                checklistModel.load(shown.code());
                root.getChildren().setAll(checklists.node());
            }
            case MaintenancePlace shown -> {
                if (listModel.site().get() == null ? shown.siteId() != null
                        : !listModel.site().get().id().equals(shown.siteId())) {
                    listModel.showSite(shown.siteId());
                }
                root.getChildren().setAll(list.node());
                list.focus();
            }
            default -> {
            }
        }
    }
}
