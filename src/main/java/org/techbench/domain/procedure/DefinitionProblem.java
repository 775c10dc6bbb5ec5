package org.techbench.domain.procedure;

/** What is wrong with a procedure definition, and where: its file and line. */
public record DefinitionProblem(String source, int line, String reason) {

    @Override
    public String toString() {
        return source + ":" + line + ": " + reason;
    }
}
