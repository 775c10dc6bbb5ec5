package org.techbench.domain.fault;

import java.util.Optional;

/**
 * How a status change is written in a fault's journal: the new status's name, then, after a
 * colon, why (for example {@code ON_HOLD: waiting on the vendor's part}).
 */
public final class StatusChange {

    private StatusChange() {
    }

    public static String body(FaultStatus target, String reason) {
        return reason == null || reason.isBlank() ? target.name() : target.name() + ": " + reason.strip();
    }

    /** The status a journal entry moved the fault to, when it is a status change. */
    public static Optional<FaultStatus> target(FaultEvent event) {
        if (event.kind() != FaultEventKind.STATUS_CHANGE) {
            return Optional.empty();
        }
        String body = event.body();
        int colon = body.indexOf(':');
        String name = (colon < 0 ? body : body.substring(0, colon)).strip();
        try {
            return Optional.of(FaultStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
