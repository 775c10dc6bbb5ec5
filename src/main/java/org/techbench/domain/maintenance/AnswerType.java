package org.techbench.domain.maintenance;

/** The kind of answer a checklist item expects. */
public enum AnswerType {
    PASS_FAIL, READING, TEXT, CHOICE
}
