package org.techbench.ui.procedures;

import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.techbench.domain.procedure.RunEffect;
import org.techbench.i18n.Texts;
import org.techbench.service.Workbench;
import org.techbench.service.procedure.ProcedureFile;
import org.techbench.service.procedure.RunRecord;
import org.techbench.ui.assets.AssetPlace;
import org.techbench.ui.common.Background;
import org.techbench.ui.common.DialogService;
import org.techbench.ui.common.FileFilter;
import org.techbench.ui.common.Navigator;
import org.techbench.ui.common.Place;
import org.techbench.ui.common.Screen;
import org.techbench.ui.faults.FaultsPlace;

/** The Procedures screen: the library, the runs, and the runner; a run's asset and fault open with a click. */
public final class ProceduresScreen implements Screen {

    private final ProceduresViewModel model;
    private final RunnerViewModel runner;
    private final ProceduresView view;
    private final RunnerView runnerView;
    private final Navigator navigator;
    private final Texts messages;
    private final DialogService dialogs;
    /** The fault the library was opened to choose a procedure for, filled into the start dialog. */
    private String forFault;

    public ProceduresScreen(Workbench workbench, Background background, Texts messages, DialogService dialogs,
                            Navigator navigator) {
        this.navigator = navigator;
        this.messages = messages;
        this.dialogs = dialogs;
        this.model = new ProceduresViewModel(workbench.procedures(), workbench.changes(), background, messages);
        this.runner = new RunnerViewModel(workbench.procedures(), workbench.changes(), background, dialogs, messages);
        this.runnerView = new RunnerView(runner, messages, dialogs, this::openAsset,
                faultId -> navigator.goTo(new FaultsPlace(faultId)), () -> navigator.goTo(ProceduresPlace.all()));
        StartRunDialog starting = new StartRunDialog(messages);
        this.view = new ProceduresView(model, messages, runnerView.node(),
                definition -> starting.show(window(), definition, null, forFault, (tag, number, started, refused) ->
                        model.start(definition.code(), tag, number, state -> {
                            started.run();
                            navigator.goTo(ProceduresPlace.run(state.run().id()));
                        }, refused)),
                listing -> navigator.goTo(ProceduresPlace.run(listing.run().id())), this::addFromFile);
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        runner.close();
    }

    @Override
    public void open(Place place) {
        if (!(place instanceof ProceduresPlace shown)) {
            return;
        }
        forFault = null;
        // Started once: going back here later shows the run, not a second start.
        if (shown.startCode() != null) {
            model.start(shown.startCode(), shown.assetId(), shown.software(), this::started);
            return;
        }
        if (shown.troubleshoot()) {
            model.troubleshoot(shown.faultId(), this::started,
                    number -> {
                        navigator.replace(ProceduresPlace.all());
                        runner.close();
                        view.showRunner(false);
                        forFault = number;
                    });
            return;
        }
        if (shown.runId() != null) {
            openRun(shown.runId());
            return;
        }
        runner.close();
        view.showRunner(false);
        model.finishedOf().set(shown.assetId());
        if (shown.assetId() != null) {
            view.showFinished();
        } else {
            Platform.runLater(view::focusSearch);
        }
    }

    /** A run started from another screen takes the place of the start, so going back does not start another. */
    private void started(org.techbench.service.procedure.RunState state) {
        navigator.replace(ProceduresPlace.run(state.run().id()));
        openRun(state.run().id());
    }

    private void openRun(UUID runId) {
        runner.open(runId);
        view.showRunner(true);
        Platform.runLater(runnerView::focus);
    }

    /** The run's asset, on the tab its finished run changed. */
    private void openAsset(UUID assetId) {
        RunRecord record = runner.record().get();
        AssetPlace.Tab tab = record == null || record.effect() == null ? AssetPlace.Tab.OVERVIEW
                : record.effect() instanceof RunEffect.PartReplaced ? AssetPlace.Tab.PARTS : AssetPlace.Tab.SOFTWARE;
        navigator.goTo(new AssetPlace(assetId, tab, null));
    }

    private void addFromFile() {
        dialogs.chooseFileToOpen(messages.get("procedures.add"),
                List.of(new FileFilter(messages.get("procedures.definitionFiles"), List.of("*.yaml", "*.yml"))))
                .ifPresent(file -> model.add(file, this::told));
    }

    private void told(ProcedureFile.Read read) {
        if (read.valid()) {
            dialogs.toast(messages.get("procedures.added", read.definition().code(), read.definition().version()));
            model.chosen().set(read.definition());
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle(messages.get("procedures.add"));
        alert.setHeaderText(messages.get("procedures.notAdded"));
        alert.setContentText(String.join("\n", read.problems().stream().map(Object::toString).toList()));
        alert.getDialogPane().setId("procedures-not-added");
        alert.show();
    }

    private Window window() {
        return view.node().getScene() == null ? null : view.node().getScene().getWindow();
    }
}
