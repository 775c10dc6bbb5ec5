package org.techbench.service.backup;

import java.util.List;

/** What verifying a backup found: nothing (the backup is whole), or each way it differs or is damaged. */
public record BackupCheck(String name, BackupManifest manifest, List<String> problems) {

    public BackupCheck {
        problems = List.copyOf(problems);
    }

    public boolean whole() {
        return problems.isEmpty();
    }
}
