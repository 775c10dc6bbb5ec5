package org.techbench.domain.fault;

/** The network checks a technician runs from a fault's screen; their output goes into its journal. */
public enum DiagnosticTool {
    PING, TRACEROUTE, TCP_PORT, DNS;

    public boolean needsPort() {
        return this == TCP_PORT;
    }
}
