package org.techbench.ui.sync;

/** What the status bar says about sync. */
public enum SyncState { NOT_CONNECTED, SIGN_IN_NEEDED, SYNCING, SYNCED, OFFLINE, FAILED }
