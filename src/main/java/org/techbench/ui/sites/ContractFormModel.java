package org.techbench.ui.sites;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.techbench.domain.fault.Priority;
import org.techbench.domain.site.Contract;
import org.techbench.domain.site.ServiceTarget;
import org.techbench.i18n.Texts;
import org.techbench.ui.common.FormModel;

/** A site's service contract: number, term, free-support months, and the targets for P1-P4. */
public final class ContractFormModel extends FormModel {

    /** Response in minutes, resolution in hours, per priority P1-P4, for a new contract. */
    private static final int[][] DEFAULTS = {{30, 4}, {120, 8}, {240, 24}, {480, 72}};

    private final SitesViewModel sites;
    private final Texts messages;
    private final UUID siteId;
    private final Contract existing;
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final IntegerProperty freeSupportMonths = new SimpleIntegerProperty(3);
    private final Map<Priority, IntegerProperty> responseMinutes = new EnumMap<>(Priority.class);
    private final Map<Priority, IntegerProperty> resolutionHours = new EnumMap<>(Priority.class);

    public ContractFormModel(SitesViewModel sites, Texts messages, UUID siteId, Contract existing, LocalDate today) {
        this.sites = sites;
        this.messages = messages;
        this.siteId = siteId;
        this.existing = existing;
        startsOn.set(existing == null ? today : existing.startsOn());
        endsOn.set(existing == null ? today.plusYears(1).minusDays(1) : existing.endsOn());
        if (existing != null) {
            number.set(existing.number());
            freeSupportMonths.set(existing.freeSupportMonths());
        }
        for (Priority p : Priority.values()) {
            ServiceTarget target = existing == null ? null : existing.target(p);
            responseMinutes.put(p, new SimpleIntegerProperty(target == null ? DEFAULTS[p.ordinal()][0]
                    : (int) target.response().toMinutes()));
            resolutionHours.put(p, new SimpleIntegerProperty(target == null ? DEFAULTS[p.ordinal()][1]
                    : (int) Math.ceil(target.resolution().toMinutes() / 60.0)));
        }
    }

    public boolean isNew() {
        return existing == null;
    }

    public StringProperty number() {
        return number;
    }

    public ObjectProperty<LocalDate> startsOn() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOn() {
        return endsOn;
    }

    public IntegerProperty freeSupportMonths() {
        return freeSupportMonths;
    }

    public IntegerProperty responseMinutes(Priority priority) {
        return responseMinutes.get(priority);
    }

    public IntegerProperty resolutionHours(Priority priority) {
        return resolutionHours.get(priority);
    }

    @Override
    protected void save(Runnable close) {
        if (number.get().isBlank()) {
            refuse(messages.get("contract.numberRequired"));
            return;
        }
        if (startsOn.get() == null || endsOn.get() == null || endsOn.get().isBefore(startsOn.get())) {
            refuse(messages.get("contract.datesOutOfOrder"));
            return;
        }
        Map<Priority, ServiceTarget> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            int respond = responseMinutes.get(p).get();
            int resolve = resolutionHours.get(p).get() * 60;
            if (resolve < respond) {
                refuse(messages.get("contract.resolutionBeforeResponse", p.name()));
                return;
            }
            targets.put(p, new ServiceTarget(Duration.ofMinutes(respond), Duration.ofMinutes(resolve)));
        }
        sites.saveContract(new Contract(existing == null ? null : existing.id(), siteId, number.get(), startsOn.get(),
                endsOn.get(), freeSupportMonths.get(), targets), close, this::refuse);
    }
}
