package org.techbench.domain.procedure;

import java.util.UUID;

/**
 * A procedure the team wrote, as stored and synced: its definition file's text under the code and
 * version it was added as. Team-wide, so it has no site.
 */
public record TeamProcedure(UUID id, UUID siteId, String code, int version, ProcedureKind kind, String title,
                            String definition, boolean archived) {
}
