package org.techbench.service.sync;

/** {@link HubSyncContract} with the hub on its default H2 file. */
class HubSyncOnH2Test extends HubSyncContract {

    @Override
    String hubDatabase() {
        return null;
    }
}
