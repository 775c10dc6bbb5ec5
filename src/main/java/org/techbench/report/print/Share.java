package org.techbench.report.print;

/** A share from 0 to 1, printed as a percentage; a missing one prints as a dash. */
public record Share(Double value) {
}
