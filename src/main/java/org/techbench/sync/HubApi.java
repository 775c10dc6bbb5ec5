package org.techbench.sync;

import java.util.List;
import java.util.UUID;
import org.techbench.domain.sync.MergedRow;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.SnapshotRow;

/**
 * The hub's HTTP API as both ends know it: the paths and the JSON bodies they take and give.
 * Every answer carries the hub's clock in {@link #HUB_TIME} so a laptop can warn about its own.
 */
public final class HubApi {

    public static final String HEALTH = "/api/health";
    /** The hub's metrics in Prometheus' text format. */
    public static final String METRICS = "/metrics";
    public static final String LOGIN = "/api/login";
    public static final String REFRESH = "/api/refresh";
    public static final String PUSH = "/api/push";
    public static final String PULL = "/api/pull";
    public static final String SNAPSHOT = "/api/snapshot";
    public static final String ROWS = "/api/rows";
    public static final String BLOBS = "/api/blobs/";
    /** The team's users, for support managers; {@code /api/users/NAME} one of them. */
    public static final String USERS = "/api/users";
    public static final String USER_AUDIT = "/api/users-audit";
    /** The signed-in user's own password. */
    public static final String PASSWORD = "/api/password";
    public static final String HUB_TIME = "X-Hub-Time";
    public static final String NODE = "X-Node";

    private HubApi() {
    }

    /** Body of a sign-in. */
    public record Login(String user, String password, String node) {
    }

    /** Body of a session refresh. */
    public record Refresh(String refreshToken, String node) {
    }

    /** What a sign-in or refresh returns. */
    public record Signed(String accessToken, String refreshToken, String user, String role) {
    }

    /** Body of a push: the laptop's oldest waiting mutations, in sequence order. */
    public record Push(String node, List<Mutation> mutations) {
    }

    /** The answer to a push, one per mutation in the same order. */
    public record Pushed(List<MutationAnswer> answers) {
    }

    /**
     * The start of a snapshot: the log position it is taken at, the tables to copy in order, how
     * many rows in all, and the merges made before it (their rows are not in it).
     */
    public record SnapshotStart(long cursor, List<String> tables, long rows, List<MergedRow> merges) {
        public SnapshotStart {
            merges = merges == null ? List.of() : List.copyOf(merges);
        }
    }

    /** Body of a request for the hub's current version of some rows. */
    public record RowsWanted(String table, List<UUID> ids) {
    }

    /** The hub's current version of the rows asked for; a row it does not have is left out. */
    public record Rows(List<SnapshotRow> rows) {
    }

    /** Health: the hub answers, with its schema version and its build's version. */
    public record Health(String status, int schemaVersion, String version) {
    }

    /** How much of an attachment's bytes the hub holds. */
    public record BlobStatus(String sha256, long size, long received, boolean complete) {
    }

    /** Body of every error answer. */
    public record Problem(String error, String message, Long expectedSeq) {
    }

    public record PasswordReset(String password) {
    }

    public record PasswordChange(String current, String next) {
    }
}
