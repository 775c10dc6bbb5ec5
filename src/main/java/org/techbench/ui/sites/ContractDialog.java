package org.techbench.ui.sites;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.ui.common.FormDialog;
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
        TextField number = new TextField(existing == null ? "" : existing.number());
        number.setId("contract-number");
        DatePicker starts = new DatePicker(existing == null ? LocalDate.now() : existing.startsOn());
        DatePicker ends = new DatePicker(existing == null ? LocalDate.now().plusYears(1).minusDays(1) : existing.endsOn());
        Spinner<Integer> freeMonths = new Spinner<>(0, 60, existing == null ? 3 : existing.freeSupportMonths());
        FormDialog form = new FormDialog(owner, messages.get(existing == null ? "contract.new" : "contract.edit"))
                .row(messages.get("contract.number"), number)
                .row(messages.get("contract.starts"), starts)
                .row(messages.get("contract.ends"), ends)
                .row(messages.get("contract.freeMonths"), freeMonths)
                .row("", new Label(messages.get("contract.responseMinutes")), new Label(messages.get("contract.resolutionHours")));
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
            form.row(p.name(), respond, resolve);
        }
        form.show(messages.get("common.save"), "contract-save", (close, problem) -> {
            if (number.getText().isBlank()) {
                problem.accept(messages.get("contract.numberRequired"));
                return;
            }
            if (starts.getValue() == null || ends.getValue() == null || ends.getValue().isBefore(starts.getValue())) {
                problem.accept(messages.get("contract.datesOutOfOrder"));
                return;
            }
            Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
            for (Priority p : Priority.values()) {
                int respond = response.get(p).getValue();
                int resolve = resolution.get(p).getValue() * 60;
                if (resolve < respond) {
                    problem.accept(messages.get("contract.resolutionBeforeResponse", p.name()));
                    return;
                }
                targets.put(p, new ServiceTarget(Duration.ofMinutes(respond), Duration.ofMinutes(resolve)));
            }
            handler.accept(new Contract(existing == null ? null : existing.id(), siteId, number.getText(),
                    starts.getValue(), ends.getValue(), freeMonths.getValue(), targets), close, problem);
        }, number);
    }
}
