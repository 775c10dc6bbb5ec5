package org.techbench.ui.assets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.techbench.domain.asset.Asset;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;

/**
 * The Assets screen: the list, and one asset's detail in its place when opened (Esc goes back).
 * Ctrl+F searches, Ctrl+N makes a new asset.
 */
public final class AssetsScreen implements Screen {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final Workbench workbench;
    private final DialogService dialogs;
    private final AssetExportViewModel exporter;
    private final Background background;
    private final Texts messages;
    private final AssetListViewModel listModel;
    private final AssetDetailViewModel detailModel;
    private final AssetListView list;
    private final AssetDetailView detail;
    private final StackPane root = new StackPane();
    private final Runnable changed;
    private final Navigator navigator;
    private final ChangeListener<Object> filterChanged = (obs, old, value) -> rememberListPlace();
    private final ChangeListener<Tab> tabChanged = (obs, old, value) -> rememberAssetPlace();
    private final EventHandler<KeyEvent> escape = this::onKey;
    private Scene scene;

    /**
     * {@code hideColumns} hears which list columns the user hid (to remember them); {@code changed}
     * is told after the store changed here (the status bar counts again).
     */
    public AssetsScreen(Workbench workbench, Background background, Texts messages, DialogService dialogs,
                        Set<String> hiddenColumns, Consumer<Set<String>> hideColumns, Runnable changed,
                        Navigator navigator) {
        this.workbench = workbench;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.exporter = new AssetExportViewModel(workbench.assetExport(), workbench.assets(), dialogs, messages);
        this.background = background;
        this.messages = messages;
        this.changed = changed;
        this.listModel = new AssetListViewModel(workbench.assets(), workbench.sites(), workbench.changes(), background);
        // The list and the asset refresh themselves from the change events; the status bar counts again.
        this.detailModel = new AssetDetailViewModel(workbench.assets(), workbench.maintenance(), workbench.changes(),
                background, dialogs, messages,
                changed);
        this.list = new AssetListView(listModel, messages, id -> {
            if (id != null) {
                navigator.goTo(new AssetPlace(id));
            }
        }, () -> edit(null), this::importFile, this::exportFile,
                new AssetListView.ColumnChoice() {
                    @Override
                    public Set<String> hidden() {
                        return hiddenColumns;
                    }

                    @Override
                    public void hide(Set<String> hidden) {
                        hideColumns.accept(hidden);
                    }
                });
        this.detail = new AssetDetailView(detailModel, messages, dialogs, this::back, this::edit, navigator::goTo);
        root.setId("assets-screen");
        root.getChildren().setAll(list.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        listModel.activate();
        detailModel.activate();
        listModel.site().addListener(filterChanged);
        listModel.kind().addListener(filterChanged);
        detail.tabChoice().addListener(tabChanged);
        scene = root.getScene();
        if (scene != null) {
            scene.getAccelerators().put(FIND, () -> {
                back();
                list.focusSearch();
            });
            scene.getAccelerators().put(NEW, () -> edit(null));
            scene.addEventHandler(KeyEvent.KEY_PRESSED, escape);
        }
        list.focusSearch();
    }

    @Override
    public void deactivate() {
        listModel.deactivate();
        detailModel.deactivate();
        listModel.site().removeListener(filterChanged);
        listModel.kind().removeListener(filterChanged);
        detail.tabChoice().removeListener(tabChanged);
        if (scene != null) {
            scene.getAccelerators().remove(FIND);
            scene.getAccelerators().remove(NEW);
            scene.removeEventHandler(KeyEvent.KEY_PRESSED, escape);
            scene = null;
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && root.getChildren().contains(detail.node())) {
            back();
            event.consume();
        }
    }

    @Override
    public void open(Place place) {
        switch (place) {
            case AssetPlace asset -> showAsset(asset);
            case AssetListPlace filtered -> showList(filtered);
            default -> { }
        }
    }

    private void showAsset(AssetPlace place) {
        detailModel.show(place.assetId());
        root.getChildren().setAll(detail.node());
        detail.select(place.tab(), place.recordId());
    }

    private void showList(AssetListPlace place) {
        boolean fromDetail = root.getChildren().contains(detail.node());
        if (!Objects.equals(place.siteId(), listModel.siteId()) || place.kind() != listModel.kind().get()) {
            listModel.filterBy(place.siteId(), place.kind());
        }
        root.getChildren().setAll(list.node());
        list.focusTable();
        UUID shown = detailModel.detail().get() == null ? null : detailModel.detail().get().asset().id();
        if (fromDetail && shown != null) {
            list.reveal(shown);
        }
    }

    /** The list as it is filtered now, so that back and a rebuilt window come back to it. */
    private AssetListPlace listPlace() {
        return new AssetListPlace(listModel.siteId(), listModel.kind().get());
    }

    private void rememberListPlace() {
        if (navigator.current().get() instanceof AssetListPlace) {
            navigator.replace(listPlace());
        }
    }

    private void rememberAssetPlace() {
        if (navigator.current().get() instanceof AssetPlace shown) {
            navigator.replace(new AssetPlace(shown.assetId(), detail.selectedTab(), null));
        }
    }

    private void back() {
        if (root.getChildren().contains(detail.node())) {
            navigator.goTo(listPlace());
        }
    }

    private void edit(Asset existing) {
        background.run(() -> workbench.sites().active(), sites -> {
            var defaultSite = existing != null ? sites.stream().filter(s -> s.id().equals(existing.siteId())).findFirst()
                    .orElse(null) : listModel.site().get() != null ? listModel.site().get()
                    : sites.size() == 1 ? sites.getFirst() : null;
            var model = new AssetEditorViewModel(workbench.assets(), background, existing, defaultSite);
            new AssetEditorDialog(model, messages, sites).show(root.getScene().getWindow(), saved -> {
                changed.run();
                navigator.goTo(new AssetPlace(saved.id()));
            });
        }, error -> listModel.failure().set(error.getMessage()));
    }

    /** Asks for a file to import, as the list's Import button does (the welcome's way to the customer's assets). */
    public void startImport() {
        importFile();
    }

    private void importFile() {
        dialogs.chooseFileToOpen(messages.get("assets.import"), List.of(
                new FileFilter(messages.get("import.files"), "*.csv", "*.xlsx", "*.CSV", "*.XLSX"),
                new FileFilter(messages.get("import.allFiles"), "*"))).ifPresent(this::importFile);
    }

    private void importFile(Path file) {
        background.run(() -> workbench.sites().active().stream().map(site -> site.code()).toList(), codes -> {
            var model = new ImportViewModel(workbench.assetImport(), background, file, codes, changed);
            new ImportDialog(model, messages, root.getScene().getWindow()).show();
        }, error -> listModel.failure().set(error.getMessage()));
    }

    private void exportFile() {
        exporter.export(listModel.filter());
    }
}
