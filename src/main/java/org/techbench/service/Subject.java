package org.techbench.service;

import java.util.EnumSet;
import java.util.Set;

/** What a screen shows, as its changes are announced: each subject stands for its tables. */
public enum Subject {
    SITES("site", "contract", "site_contact"),
    ASSETS("asset", "component", "installed_software"),
    MAINTENANCE("checklist_template", "checklist_item", "inspection", "inspection_result"),
    FAULTS("fault", "fault_event"),
    PROCEDURES("procedure_definition", "procedure_run", "procedure_step"),
    KNOWLEDGE("article", "article_revision", "article_use"),
    PEOPLE("technician");

    private final Set<String> tables;

    Subject(String... tables) {
        this.tables = Set.of(tables);
    }

    public Set<String> tables() {
        return tables;
    }

    /** The subjects whose tables are among {@code tables}. */
    public static Set<Subject> of(Set<String> tables) {
        Set<Subject> touched = EnumSet.noneOf(Subject.class);
        for (Subject subject : values()) {
            if (tables.stream().anyMatch(subject.tables::contains)) {
                touched.add(subject);
            }
        }
        return touched;
    }
}
