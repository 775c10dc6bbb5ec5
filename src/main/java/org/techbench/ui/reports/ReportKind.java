package org.techbench.ui.reports;

/** The reports the screen makes, in the order it lists them. */
public enum ReportKind {
    MAINTENANCE, FAULTS, QUALITY, INVENTORY, PROCEDURE_RUN, CHECKLIST_FORM;

    /** Whether it covers a period. */
    public boolean periodic() {
        return this == MAINTENANCE || this == FAULTS || this == QUALITY;
    }

    /** The file name a report is first offered under. */
    public String fileName() {
        return switch (this) {
            case MAINTENANCE -> "maintenance.xlsx";
            case FAULTS -> "faults-and-sla.xlsx";
            case QUALITY -> "service-quality.xlsx";
            case INVENTORY -> "inventory.xlsx";
            case PROCEDURE_RUN -> "procedure-run.xlsx";
            case CHECKLIST_FORM -> "checklist-forms.xlsx";
        };
    }
}
