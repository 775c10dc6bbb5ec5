package org.techbench.report.forms;

/** Where things are on a checklist form's sheet, shared by the writer and the reader. */
final class FormLayout {

    static final int NUMBER = 0;
    static final int CHECK = 1;
    static final int RESULT = 2;
    static final int READING = 3;
    static final int RANGE = 4;
    static final int NOTE = 5;
    /** The hidden column holding each item's id. */
    static final int ID = 6;

    /** The row and column where a form without an asset takes the tag written in. */
    static final int TAG_ROW = 1;
    static final int TAG_COLUMN = 1;

    /** The header row of the items, repeated on every page. */
    static final int HEADER_ROW = 5;

    /** In the sign-off block, from its first row: the technician and date, the customer, the notes. */
    static final int TECHNICIAN_COLUMN = 2;
    static final int DATE_COLUMN = 5;
    static final int CUSTOMER_OFFSET = 1;
    static final int NOTES_OFFSET = 2;

    /** The box printed before each answer to tick on paper; a cell still holding boxes is unanswered. */
    static final String BOX = "\u2610";

    private FormLayout() {
    }
}
