package org.techbench.domain.procedure;

import java.util.Arrays;
import java.util.Optional;

/** What a procedure step asks of the technician. */
public enum StepKind {
    INSTRUCTION, CONFIRMATION, CHECK, READING, CHOICE, TEXT, TOOL, ATTACHMENT, SIGN_OFF;

    /** The kind as definition files write it: {@code sign-off} is SIGN_OFF. */
    public static Optional<StepKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.fileName().equals(name)).findFirst();
    }

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
