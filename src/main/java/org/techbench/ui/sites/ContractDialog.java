package org.techbench.ui.sites;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.ui.common.Messages;

/** Creates or edits a service contract: term, free-support months and the targets for P1-P4 in hours. */
final class ContractDialog {

    /** Receives the contract to save, a way to close the dialog, and a way to show a refusal. */
    interface Handler {
        void accept(Contract contract, Runnable close, Consumer<String> refused);
    }

    /** Response in minutes, resolution in hours, per priority P1-P4. */
    private static final int[][] DEFAULTS = {{30, 4}, {120, 8}, {240, 24}, {480, 72}};

    private ContractDialog() {
    }

    static void show(Window owner, Messages messages, UUID siteId, Contract existing, Handler handler) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String title = messages.get(existing == null ? "contract.new" : "contract.edit");
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField number = new TextField(existing == null ? "" : existing.number());
        number.setId("contract-number");
        DatePicker starts = new DatePicker(existing == null ? LocalDate.now() : existing.startsOn());
        DatePicker ends = new DatePicker(existing == null ? LocalDate.now().plusYears(1).minusDays(1) : existing.endsOn());
        Spinner<Integer> freeMonths = new Spinner<>(0, 60, existing == null ? 3 : existing.freeSupportMonths());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        form.addRow(0, new Label(messages.get("contract.number")), number);
        form.addRow(1, new Label(messages.get("contract.starts")), starts);
        form.addRow(2, new Label(messages.get("contract.ends")), ends);
        form.addRow(3, new Label(messages.get("contract.freeMonths")), freeMonths);
        form.addRow(4, new Label(), new Label(messages.get("contract.responseMinutes")), new Label(messages.get("contract.resolutionHours")));
        Map<Priority, Spinner<Integer>> response = new EnumMap<>(Priority.class);
        Map<Priority, Spinner<Integer>> resolution = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            ServiceTarget target = existing == null ? null : existing.target(p);
            Spinner<Integer> respond = new Spinner<>(0, 43_200, target == null ? DEFAULTS[p.ordinal()][0]
                    : (int) target.response().toMinutes(), 15);
            Spinner<Integer> resolve = new Spinner<>(0, 2_160, target == null ? DEFAULTS[p.ordinal()][1]
                    : (int) Math.ceil(target.resolution().toMinutes() / 60.0));
            respond.setEditable(true);
            resolve.setEditable(true);
            response.put(p, respond);
            resolution.put(p, resolve);
            form.addRow(5 + p.ordinal(), new Label(p.name()), respond, resolve);
        }
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setId("contract-problem");
        form.add(problem, 0, 9, 3, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("contract-save");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (number.getText().isBlank()) {
                problem.setText(messages.get("contract.numberRequired"));
                return;
            }
            if (starts.getValue() == null || ends.getValue() == null || ends.getValue().isBefore(starts.getValue())) {
                problem.setText(messages.get("contract.datesOutOfOrder"));
                return;
            }
            Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                int respond = response.get(p).getValue();
                int resolve = resolution.get(p).getValue() * 60;
                if (resolve < respond) {
                    problem.setText(messages.get("contract.resolutionBeforeResponse", p.name()));
                    return;
                }
                targets.put(p, new ServiceTarget(Duration.ofMinutes(respond), Duration.ofMinutes(resolve)));
            }
            Contract contract = new Contract(existing == null ? null : existing.id(), siteId, number.getText(),
                    starts.getValue(), ends.getValue(), freeMonths.getValue(), targets);
            handler.accept(contract, dialog::close, problem::setText);
        });
        dialog.show();
        number.requestFocus();
    }
}
