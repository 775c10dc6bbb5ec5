package org.techbench.domain.maintenance;

/**
 * What a technician gave for one checklist item: a verdict (pass, fail, not applicable) for a
 * pass/fail item or to mark any item not applicable; the reading as typed; the choice; free text;
 * and a note. The item's answer type decides which of these count.
 */
public record Answer(CheckOutcome verdict, String reading, String choice, String text, String note) {

    public static Answer verdict(CheckOutcome verdict) {
        return new Answer(verdict, null, null, null, null);
    }

    public static Answer reading(String typed) {
        return new Answer(null, typed, null, null, null);
    }

    public static Answer choice(String chosen) {
        return new Answer(null, null, chosen, null, null);
    }

    public static Answer text(String typed) {
        return new Answer(null, null, null, typed, null);
    }

    public Answer withNote(String value) {
        return new Answer(verdict, reading, choice, text, value);
    }
}
