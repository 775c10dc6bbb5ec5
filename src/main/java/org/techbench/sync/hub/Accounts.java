package org.techbench.sync.hub;

import org.techbench.domain.people.PasswordHasher;
import static org.techbench.schema.Tables.HUB_NODE;
import static org.techbench.schema.Tables.HUB_TOKEN;
import static org.techbench.schema.Tables.HUB_USER;
import static org.techbench.schema.Tables.HUB_USER_AUDIT;
import static org.techbench.schema.Tables.SITE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.techbench.domain.people.HubAccount;
import org.techbench.domain.people.Role;
import org.techbench.domain.people.TeamAuditEntry;
import org.techbench.i18n.Texts;
import org.techbench.schema.tables.records.HubUserRecord;

/**
 * The hub's users and their sign-ins. Passwords are kept only as slow hashes and tokens only as
 * SHA-256 hashes; repeated failed sign-ins lock the name for a while that doubles each time.
 * Every laptop registers as a node of the user who first signs in on it.
 */
public final class Accounts {

    static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    private static final String REFRESH = "refresh";
    /** A refresh token swapped already, good until its successor is used. */
    private static final String SPENT = "spent";
    private static final int FREE_FAILURES = 3;
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Pattern NODE = Pattern.compile("[0-9a-f]{16}");

    private final DSLContext dsl;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final String decoyHash;
    private final SecureRandom random = new SecureRandom();

    Accounts(HubDatabase database, Clock clock, PasswordHasher hasher) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.hasher = hasher;
        // Checking a password for an unknown name costs the same as for a known one, so timing
        // does not tell which names exist.
        this.decoyHash = hasher.hash("decoy".toCharArray());
    }

    public static Accounts of(HubDatabase database, Clock clock) {
        return new Accounts(database, clock, new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS));
    }

    /** Whether a user may be called so: 1 to 100 letters, digits, dots, dashes, @ or underscores. */
    static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    public void add(String name, Role role, List<String> siteCodes, char[] password) {
        if (!validName(name)) {
            throw new IllegalArgumentException("A user name is 1 to 100 letters, digits, dots, dashes, @ or underscores: " + name);
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters.");
        }
        if (role != Role.SUPPORT_MANAGER && siteCodes.isEmpty()) {
            throw new IllegalArgumentException("Give the sites " + name + " works on with --sites (only support managers see every site).");
        }
        try {
            dsl.insertInto(HUB_USER)
                    .set(HUB_USER.NAME, name)
                    .set(HUB_USER.PASSWORD_HASH, hasher.hash(password))
                    .set(HUB_USER.ROLE, role.name())
                    .set(HUB_USER.SITES, String.join(",", siteCodes))
                    .set(HUB_USER.DISABLED, false)
                    .set(HUB_USER.FAILED_LOGINS, 0)
                    .set(HUB_USER.CREATED_AT, now())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new IllegalArgumentException("There is already a user called " + name + ".", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public List<HubAccount> list() {
        return dsl.selectFrom(HUB_USER).orderBy(HUB_USER.NAME).fetch(Accounts::accountOf);
    }

    /** Disables a user and ends their sessions at once. */
    public void disable(String name) {
        dsl.transaction(configuration -> {
            var tx = configuration.dsl();
            if (tx.update(HUB_USER).set(HUB_USER.DISABLED, true).where(HUB_USER.NAME.eq(name)).execute() == 0) {
                throw new IllegalArgumentException("There is no user called " + name + ".");
            }
            tx.deleteFrom(HUB_TOKEN).where(HUB_TOKEN.USER_NAME.eq(name)).execute();
        });
    }

    /** Keeps one change to the team's accounts in the hub's audit: who made it, what, to whom. */
    public void audit(String actor, String action, String target, String detail) {
        dsl.insertInto(HUB_USER_AUDIT)
                .set(HUB_USER_AUDIT.ID, UUID.randomUUID())
                .set(HUB_USER_AUDIT.AT, now())
                .set(HUB_USER_AUDIT.ACTOR, actor)
                .set(HUB_USER_AUDIT.ACTION, action)
                .set(HUB_USER_AUDIT.TARGET, target)
                .set(HUB_USER_AUDIT.DETAIL, detail)
                .execute();
    }

    /** The newest thousand changes to the team's accounts, newest first. */
    public List<TeamAuditEntry> auditEntries() {
        return dsl.selectFrom(HUB_USER_AUDIT).orderBy(HUB_USER_AUDIT.AT.desc()).limit(1_000)
                .fetch(r -> new TeamAuditEntry(r.getAt().toInstant().toString(), r.getActor(), r.getAction(),
                        r.getTarget(), r.getDetail()));
    }

    /** Whether the hub has a user of this name. */
    boolean exists(String name) {
        return dsl.fetchExists(HUB_USER, HUB_USER.NAME.eq(name));
    }

    /** Gives a user another role and other sites; their next request already sees them. */
    void update(String name, Role role, List<String> siteCodes) {
        dsl.update(HUB_USER).set(HUB_USER.ROLE, role.name()).set(HUB_USER.SITES, String.join(",", siteCodes))
                .where(HUB_USER.NAME.eq(name)).execute();
    }

    /** Sets a new password, lifts a lock from failed sign-ins and ends every session of the user. */
    public void resetPassword(String name, char[] password) {
        try {
            String hash = hasher.hash(password);
            dsl.transaction(configuration -> {
                var tx = configuration.dsl();
                tx.update(HUB_USER).set(HUB_USER.PASSWORD_HASH, hash).set(HUB_USER.FAILED_LOGINS, 0)
                        .setNull(HUB_USER.LOCKED_UNTIL).where(HUB_USER.NAME.eq(name)).execute();
                tx.deleteFrom(HUB_TOKEN).where(HUB_TOKEN.USER_NAME.eq(name)).execute();
            });
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Whether {@code password} is the user's current one. */
    boolean passwordMatches(String name, char[] password) {
        HubUserRecord user = dsl.selectFrom(HUB_USER).where(HUB_USER.NAME.eq(name)).fetchOne();
        return user != null && hasher.matches(password, user.getPasswordHash());
    }

    /** Lets a disabled user sign in again. */
    void enable(String name) {
        dsl.update(HUB_USER).set(HUB_USER.DISABLED, false).where(HUB_USER.NAME.eq(name)).execute();
    }

    /** Signs a user in from a laptop, registering the laptop as their node on first sign-in. */
    public Session login(String name, char[] password, String nodeId) {
        try {
            if (nodeId == null || !NODE.matcher(nodeId).matches()) {
                throw new HubRefusal(400, "hub.badNode");
            }
            HubUserRecord user = name == null ? null : dsl.selectFrom(HUB_USER).where(HUB_USER.NAME.eq(name)).fetchOne();
            if (user == null) {
                hasher.matches(password, decoyHash);
                throw new HubRefusal(401, "hub.wrongPassword");
            }
            OffsetDateTime now = now();
            if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
                long wait = Duration.between(now, user.getLockedUntil()).toSeconds() + 1;
                throw HubRefusal.retryLater(wait, "hub.tooManyFailures", name, wait);
            }
            if (!hasher.matches(password, user.getPasswordHash())) {
                recordFailure(user, now);
                throw new HubRefusal(401, "hub.wrongPassword");
            }
            if (user.getDisabled()) {
                throw new HubRefusal(403, "hub.userDisabled", name);
            }
            return dsl.transactionResult(configuration -> {
                var tx = configuration.dsl();
                tx.update(HUB_USER).set(HUB_USER.FAILED_LOGINS, 0).setNull(HUB_USER.LOCKED_UNTIL)
                        .where(HUB_USER.NAME.eq(name)).execute();
                registerNode(tx, name, nodeId, now);
                return issue(tx, name, nodeId, user.getRole(), now);
            });
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Swaps a refresh token for a new session. The old token is spent, but stays good until the
     * laptop uses the new one: an answer lost on a poor line would otherwise sign the technician
     * out. Using a current token ends every other refresh token of the laptop.
     */
    public Session refresh(String refreshToken, String nodeId) {
        OffsetDateTime now = now();
        return dsl.transactionResult(configuration -> {
            var tx = configuration.dsl();
            var token = tx.selectFrom(HUB_TOKEN).where(HUB_TOKEN.TOKEN_HASH.eq(hashOf(refreshToken))
                    .and(HUB_TOKEN.KIND.in(REFRESH, SPENT))).forUpdate().fetchOne();
            if (token == null || token.getExpiresAt().isBefore(now)) {
                throw new HubRefusal(401, "hub.sessionEnded");
            }
            if (!token.getNodeId().equals(nodeId)) {
                throw new HubRefusal(403, "hub.otherLaptop");
            }
            if (token.getKind().equals(REFRESH)) {
                tx.deleteFrom(HUB_TOKEN).where(HUB_TOKEN.NODE_ID.eq(nodeId).and(HUB_TOKEN.KIND.in(REFRESH, SPENT))
                        .and(HUB_TOKEN.TOKEN_HASH.ne(token.getTokenHash()))).execute();
                token.setKind(SPENT);
                token.update();
            }
            HubAccount account = account(tx, token.getUserName());
            if (account == null || account.disabled()) {
                throw new HubRefusal(403, "hub.userDisabled", token.getUserName());
            }
            return issue(tx, token.getUserName(), nodeId, account.role().name(), now);
        });
    }

    /** The caller an access token stands for; the token must have been issued to {@code nodeId}. */
    Caller authenticate(String accessToken, String nodeId, Texts texts) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new HubRefusal(401, "hub.noToken");
        }
        // One query for token and user: every request of a first sync's hundreds is authenticated.
        var found = dsl.select().from(HUB_TOKEN).leftJoin(HUB_USER).on(HUB_USER.NAME.eq(HUB_TOKEN.USER_NAME))
                .where(HUB_TOKEN.TOKEN_HASH.eq(hashOf(accessToken)).and(HUB_TOKEN.KIND.eq("access"))).fetchOne();
        if (found == null) {
            throw new HubRefusal(401, "hub.unknownToken");
        }
        var token = found.into(HUB_TOKEN);
        if (token.getExpiresAt().isBefore(now())) {
            throw new HubRefusal(401, "hub.tokenExpired");
        }
        if (nodeId != null && !token.getNodeId().equals(nodeId)) {
            throw new HubRefusal(403, "hub.otherLaptop");
        }
        HubAccount account = found.get(HUB_USER.NAME) == null ? null : accountOf(found.into(HUB_USER));
        if (account == null || account.disabled()) {
            throw new HubRefusal(403, "hub.userDisabled", token.getUserName());
        }
        Set<UUID> siteIds = account.everySite() || account.siteCodes().isEmpty() ? Set.of()
                : new HashSet<>(dsl.select(SITE.ID).from(SITE).where(SITE.CODE.in(account.siteCodes())).fetch(SITE.ID));
        return new Caller(account, token.getNodeId(), siteIds, texts);
    }

    private void registerNode(DSLContext tx, String name, String nodeId, OffsetDateTime now) {
        var node = tx.selectFrom(HUB_NODE).where(HUB_NODE.NODE_ID.eq(nodeId)).forUpdate().fetchOne();
        if (node == null) {
            tx.insertInto(HUB_NODE)
                    .set(HUB_NODE.NODE_ID, nodeId)
                    .set(HUB_NODE.USER_NAME, name)
                    .set(HUB_NODE.LAST_SEQ, 0L)
                    .set(HUB_NODE.REGISTERED_AT, now)
                    .set(HUB_NODE.LAST_SEEN_AT, now)
                    .execute();
        } else if (!node.getUserName().equals(name)) {
            throw new HubRefusal(403, "hub.laptopOfOtherUser", node.getUserName());
        }
    }

    private Session issue(DSLContext tx, String name, String nodeId, String role, OffsetDateTime now) {
        String access = newToken();
        String refresh = newToken();
        OffsetDateTime accessExpires = now.plus(ACCESS_LIFETIME);
        tx.deleteFrom(HUB_TOKEN).where(HUB_TOKEN.NODE_ID.eq(nodeId).and(HUB_TOKEN.EXPIRES_AT.lt(now))).execute();
        tx.insertInto(HUB_TOKEN, HUB_TOKEN.TOKEN_HASH, HUB_TOKEN.USER_NAME, HUB_TOKEN.NODE_ID, HUB_TOKEN.KIND, HUB_TOKEN.EXPIRES_AT)
                .values(hashOf(access), name, nodeId, "access", accessExpires)
                .values(hashOf(refresh), name, nodeId, REFRESH, now.plus(REFRESH_LIFETIME))
                .execute();
        return new Session(access, accessExpires, refresh, name, role.toLowerCase(Locale.ROOT));
    }

    private void recordFailure(HubUserRecord user, OffsetDateTime now) {
        int failures = user.getFailedLogins() + 1;
        OffsetDateTime lockedUntil = null;
        if (failures >= FREE_FAILURES) {
            long seconds = Math.min(LONGEST_LOCK.toSeconds(), 1L << Math.min(20, failures - FREE_FAILURES));
            lockedUntil = now.plusSeconds(seconds);
        }
        dsl.update(HUB_USER).set(HUB_USER.FAILED_LOGINS, failures).set(HUB_USER.LOCKED_UNTIL, lockedUntil)
                .where(HUB_USER.NAME.eq(user.getName())).execute();
    }

    private static HubAccount account(DSLContext dsl, String name) {
        var user = dsl.selectFrom(HUB_USER).where(HUB_USER.NAME.eq(name)).fetchOne();
        return user == null ? null : accountOf(user);
    }

    private static HubAccount accountOf(HubUserRecord user) {
        List<String> sites = user.getSites().isBlank() ? List.of() : List.of(user.getSites().split(","));
        return new HubAccount(user.getName(), Role.valueOf(user.getRole()), sites, user.getDisabled());
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
