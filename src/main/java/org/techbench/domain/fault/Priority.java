package org.techbench.domain.fault;

/** Fault priority, P1 (most urgent) to P4, derived from impact and urgency. */
public enum Priority {
    P1, P2, P3, P4;

    /**
     * The usual impact-by-urgency matrix: the two ranks add up, so a high impact with a low
     * urgency weighs the same as a low impact with a high urgency.
     */
    public static Priority of(Impact impact, Urgency urgency) {
        int score = impact.ordinal() + urgency.ordinal();
        return switch (score) {
            case 0 -> P1;
            case 1 -> P2;
            case 2 -> P3;
            default -> P4;
        };
    }
}
