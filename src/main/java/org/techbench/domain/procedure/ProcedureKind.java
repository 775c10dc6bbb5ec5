package org.techbench.domain.procedure;

/** The step-by-step procedures of the service manual. */
public enum ProcedureKind {
    TROUBLESHOOTING, HARDWARE_CHECK, PART_REPLACEMENT, SOFTWARE_INSTALL, SOFTWARE_UPDATE, SOFTWARE_UNINSTALL,
    NETWORK_FAULT, BACKUP, RESTORE, SECURITY_INCIDENT, EMERGENCY_DRILL
}
