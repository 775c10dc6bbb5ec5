package org.techbench.service.asset;

/** A problem found in a file: the sheet, the 1-based row, the column header, the value, and why. */
public record ImportProblem(String sheet, int row, String column, String value, ProblemCode code) {
}
