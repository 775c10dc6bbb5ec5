package org.techbench.service;

/** Where long work tells how far it has come and learns whether the user cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void report(String stage, long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void report(String stage, long done, long total);

    boolean cancelled();
}
