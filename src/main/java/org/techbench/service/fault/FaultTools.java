package org.techbench.service.fault;

import java.util.UUID;
import org.techbench.domain.fault.DiagnosticTool;
import org.techbench.domain.fault.FaultEvent;
import org.techbench.domain.fault.FaultEventKind;
import org.techbench.service.Progress;

/** Runs a diagnostic tool for a fault and keeps its output in the fault's journal as a tool entry. */
public final class FaultTools {

    /** Room left in a journal entry for the output, after the line naming the tool. */
    private static final int OUTPUT_ROOM = 3_800;

    private final FaultService faults;
    private final DiagnosticTools tools;

    public FaultTools(FaultService faults, DiagnosticTools tools) {
        this.faults = faults;
        this.tools = tools;
    }

    /** Runs the tool (after checking the fault is there, so a vanished fault is told at once) and journals its output. */
    public FaultEvent run(UUID faultId, DiagnosticTool tool, String host, Integer port, Progress progress) {
        faults.detail(faultId);
        long start = System.nanoTime();
        String output = tools.run(tool, host, port, progress).strip();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (output.length() > OUTPUT_ROOM) {
            output = output.substring(0, OUTPUT_ROOM) + "\n… (cut)";
        }
        String heading = "%s %s%s (%.1f s)".formatted(tool.name(), host.strip(), tool.needsPort() ? " port " + port : "",
                seconds);
        return faults.addEntry(faultId, FaultEventKind.TOOL_OUTPUT, heading + "\n" + output);
    }

    public java.time.Duration timeout() {
        return tools.timeout();
    }
}
