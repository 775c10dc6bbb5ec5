package org.techbench.sync.hub;

/** A mutation the hub will not apply, with the reason the laptop shows. */
final class RefusedMutation extends RuntimeException {

    RefusedMutation(String reason) {
        super(reason);
    }
}
