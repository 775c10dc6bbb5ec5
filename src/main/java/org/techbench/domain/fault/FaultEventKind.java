package org.techbench.domain.fault;

/** What a fault journal entry records (service manual 3.3.1 methods, plus the life-cycle steps). */
public enum FaultEventKind {
    INQUIRY, OBSERVATION, TEST, LOG_ANALYSIS, ACTION, TOOL_OUTPUT, STATUS_CHANGE, ASSIGNMENT, NOTE
}
