package org.techbench.ui.procedures;

import java.util.UUID;
import org.techbench.ui.common.Place;

/**
 * The Procedures screen: with a run open ({@code runId}: the runner, or a finished run's record),
 * with a run to start ({@code startCode} for an asset and/or a fault; {@code software} answers a
 * software procedure's first question when it was started from that program's row), the
 * troubleshooting for a fault ({@code troubleshoot}), or the finished runs of one asset in view
 * ({@code assetId} alone).
 */
public record ProceduresPlace(UUID runId, String startCode, UUID assetId, UUID faultId, String software,
                              boolean troubleshoot) implements Place {

    public static final String SCREEN = "procedures";

    public static ProceduresPlace all() {
        return new ProceduresPlace(null, null, null, null, null, false);
    }

    public static ProceduresPlace run(UUID runId) {
        return new ProceduresPlace(runId, null, null, null, null, false);
    }

    /** One click from an asset: the procedure starts at once. */
    public static ProceduresPlace start(String code, UUID assetId) {
        return new ProceduresPlace(null, code, assetId, null, null, false);
    }

    /** One click from a program on an asset: the procedure starts with the program named. */
    public static ProceduresPlace startFor(String code, UUID assetId, String software) {
        return new ProceduresPlace(null, code, assetId, null, software, false);
    }

    /** One click from a fault: the troubleshooting for its category starts (or the library, when none fits). */
    public static ProceduresPlace troubleshoot(UUID faultId) {
        return new ProceduresPlace(null, null, null, faultId, null, true);
    }

    /** The runs of one asset. */
    public static ProceduresPlace ofAsset(UUID assetId) {
        return new ProceduresPlace(null, null, assetId, null, null, false);
    }

    @Override
    public String screen() {
        return SCREEN;
    }
}
