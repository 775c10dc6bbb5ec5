package org.techbench.report.print;

import java.time.LocalDate;
import org.techbench.i18n.Texts;

/**
 * What every page of a report says about it: its name, the site (or all sites), the period (may
 * be empty), the day it was printed, and the language of its words.
 */
public record ReportHeading(String title, String site, String period, LocalDate printedOn, Texts words) {
}
