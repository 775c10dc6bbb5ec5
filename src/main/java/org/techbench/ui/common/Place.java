package org.techbench.ui.common;

/**
 * Where the window is: a screen and what it shows there (a list with its filter, one record).
 * Each screen declares its own places as records; equal places are the same place.
 */
public interface Place {

    /** The screen that shows this place. */
    String screen();
}
