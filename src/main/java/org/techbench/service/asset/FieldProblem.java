package org.techbench.service.asset;

/** A refused value: which field, why, and the value itself (for the message). */
public record FieldProblem(AssetField field, ProblemCode code, String value) {
}
