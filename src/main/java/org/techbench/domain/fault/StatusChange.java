package org.techbench.domain.fault;

import java.util.Optional;

/**
 * How a status change is written in a fault's journal: the new status's name, then, after a
 * colon, why (for example {@code CANCELLED: reported twice}). A hold names whom it waits for
 * first: {@code ON_HOLD: VENDOR: the PSU is on its way}.
 */
public final class StatusChange {

    private StatusChange() {
    }

    public static String body(FaultStatus target, String reason) {
        return reason == null || reason.isBlank() ? target.name() : target.name() + ": " + reason.strip();
    }

    /** A move to ON_HOLD waiting on {@code party} for {@code what}. */
    public static String hold(Waiting party, String what) {
        return body(FaultStatus.ON_HOLD, party.name() + ": " + what.strip());
    }

    /** Whom a move to ON_HOLD waits for; empty for other entries and for holds written without a party. */
    public static Optional<Waiting> waitingOn(FaultEvent event) {
        if (target(event).filter(status -> status == FaultStatus.ON_HOLD).isEmpty()) {
            return Optional.empty();
        }
        String[] parts = event.body().split(":", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Waiting.valueOf(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
