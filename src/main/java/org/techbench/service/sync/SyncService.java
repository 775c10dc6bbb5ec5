package org.techbench.service.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.RefusedChange;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.domain.sync.SyncConflict;
import org.techbench.domain.sync.SyncMerge;
import org.techbench.domain.sync.SyncStanding;
import org.techbench.i18n.Texts;
import org.techbench.replication.Replica;
import org.techbench.replication.RowRef;
import org.techbench.replication.Snapshots;
import org.techbench.service.CancelledException;
import org.techbench.service.Progress;
import org.techbench.store.AttachmentRepository;
import org.techbench.store.Store;
import org.techbench.sync.HubApi;
import org.techbench.sync.HubClient;
import org.techbench.sync.HubConnection;
import org.techbench.sync.HubException;
import org.techbench.sync.TeamConnection;

/**
 * Syncs this laptop with its hub: pushes the outbox first, then copies a snapshot on a first
 * sync (resuming one that was cut off), then pulls the log. Every step commits on its own, so a
 * sync cut at any point loses nothing and repeats nothing when run again.
 */
public final class SyncService {

    static final int PUSH_PAGE = 2_000;
    static final int PULL_PAGE = 2_000;
    static final int SNAPSHOT_PAGE = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final Store store;
    private final Replica replica;
    private final AttachmentTransfer attachments;
    private final Function<String, HubConnection> clients;
    private final Clock clock;
    private final Supplier<UUID> technician;
    private final Supplier<Texts> texts;
    private final Object signInLock = new Object();
    private volatile String accessToken;
    private volatile HubConnection client;

    /** Told after a sync round, finished or not, that changed rows here: the screens refresh once. */
    private final Runnable received;
    /** Whether the round under way changed any row here. */
    private final AtomicBoolean broughtDown = new AtomicBoolean();

    public SyncService(Store store, Replica replica, AttachmentRepository attachmentRows,
                       Function<String, HubConnection> clients, Clock clock, Supplier<UUID> technician,
                       Supplier<Texts> texts, Runnable received) {
        this.received = received;
        this.store = store;
        this.attachments = new AttachmentTransfer(org.techbench.store.AttachmentFiles.of(store.folder()), attachmentRows, clock, texts);
        this.replica = replica;
        this.clients = clients;
        this.clock = clock;
        this.technician = technician;
        this.texts = texts;
    }

    public SyncStanding standing() {
        return replica.state().standing();
    }

    /** Signs in to a hub (remembering it and a refresh token, never the password). */
    public void signIn(String hubUrl, String user, char[] password) {
        translated(() -> {
            signInNow(hubUrl, user, password);
            return null;
        });
    }

    private void signInNow(String hubUrl, String user, char[] password) {
        String url = HubClient.parse(hubUrl, texts.get()).toString();
        HubConnection hub = clients.apply(url);
        HubApi.Signed signed = hub.login(user, password);
        synchronized (signInLock) {
            replica.state().connect(url, signed.user(), signed.role());
            replica.state().saveRefreshToken(signed.refreshToken());
            client = hub;
            accessToken = signed.accessToken();
        }
        LOG.info("Signed in to {} as {}", url, signed.user());
    }

    /** The hub address in its usual form; a malformed one is refused with an example of a good one. */
    public String checkedHubUrl(String hubUrl) {
        return translated(() -> HubClient.parse(hubUrl, texts.get()).toString());
    }

    /** Forgets the session; the next sync needs a sign-in. */
    public void signOut() {
        synchronized (signInLock) {
            replica.state().saveRefreshToken(null);
            accessToken = null;
        }
    }

    /** One full sync. Throws {@link SyncFailure} when the hub cannot be reached or refuses the session. */
    public SyncReport sync(Progress progress) {
        broughtDown.set(false);
        try {
            return translated(() -> syncNow(progress));
        } finally {
            // Once a round, not once a page: a first sync commits thousands of pages, and every open
            // screen would search again after each. A round that brought nothing down tells no one.
            if (broughtDown.get()) {
                received.run();
            }
        }
    }

    private SyncReport syncNow(Progress progress) {
        SyncStanding standing = replica.state().standing();
        if (!standing.connected()) {
            throw new HubException(HubException.Kind.SIGN_IN, texts.get().get("laptop.signInFirst"));
        }
        HubConnection hub = client(standing.hubUrl());
        int newConflictsBefore = standing.openConflicts();
        long start = System.nanoTime();
        int[] pushed = push(hub, progress);
        AttachmentTransfer.Session session = new AttachmentTransfer.Session() {
            @Override
            public <T> T call(Function<String, T> call) {
                return authorised(hub, call);
            }
        };
        var uploads = attachments.upload(hub, session);
        long pushedAt = System.nanoTime();
        long snapshotRows = snapshot(hub, progress);
        long snapshotAt = System.nanoTime();
        int pulled = pull(hub, progress);
        var downloads = attachments.download(hub, session);
        List<String> attachmentProblems = new ArrayList<>(uploads.problems());
        attachmentProblems.addAll(downloads.problems());
        var timings = new SyncReport.Timings((pushedAt - start) / 1_000_000, (snapshotAt - pushedAt) / 1_000_000,
                (System.nanoTime() - snapshotAt) / 1_000_000);
        Long offset = hub.hubOffsetMillis();
        replica.state().recordSync(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), offset == null ? 0 : offset);
        int conflicts = replica.state().standing().openConflicts() - newConflictsBefore;
        LOG.info("Synced with {}: {} changes pushed, {} refused, {} pulled, {} snapshot rows, {} new conflicts ({})",
                standing.hubUrl(), pushed[0], pushed[1], pulled, snapshotRows, conflicts, timings);
        return new SyncReport(pushed[0], pushed[1], pulled, snapshotRows, Math.max(0, conflicts), offset, timings,
                uploads.uploaded(), downloads.downloaded(), attachmentProblems);
    }

    private int[] push(HubConnection hub, Progress progress) {
        int total = replica.outbox().pendingChanges();
        int sent = 0;
        int pushed = 0;
        int refused = 0;
        List<Mutation> mutations;
        while (!(mutations = replica.outbox().pendingMutations(PUSH_PAGE)).isEmpty()) {
            checkCancelled(progress);
            List<Mutation> page = mutations;
            HubApi.Pushed answer = authorised(hub, token -> hub.push(token, page));
            List<MutationAnswer> answers = answer.answers();
            if (answers.size() != page.size()) {
                throw new HubException(HubException.Kind.PROTOCOL, texts.get().get("laptop.answersMissing",
                        answers.size(), page.size()));
            }
            replica.outbox().settle(page, answers);
            for (int i = 0; i < page.size(); i++) {
                sent += page.get(i).changes().size();
                // The report counts the technician's changes; their audit entries go with them uncounted.
                int size = (int) page.get(i).changes().stream()
                        .filter(change -> !org.techbench.replication.SyncState.AUDIT_TABLE.equals(change.table())).count();
                pushed += size;
                refused += answers.get(i).accepted() ? 0 : size;
            }
            progress.report("push", sent, Math.max(total, sent));
        }
        // Also after a sync that was cut off between a refusal and the hub's version coming back.
        refreshRefusedRows(hub, replica.outbox().staleRows());
        return new int[] {pushed, refused};
    }

    /** After a refusal the hub's version of the row replaces the local one: the hub has the final word. */
    private void refreshRefusedRows(HubConnection hub, List<RowRef> rows) {
        Map<String, List<UUID>> byTable = new LinkedHashMap<>();
        rows.forEach(row -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row.id()));
        byTable.forEach((table, ids) -> {
            Map<UUID, SnapshotRow> hubRows = new LinkedHashMap<>();
            authorised(hub, token -> hub.rows(token, table, ids)).forEach(row -> hubRows.put(row.id(), row));
            ids.forEach(id -> replica.remote().replaceWithHubVersion(new RowRef(table, id), hubRows.get(id)));
            broughtDown.set(true);
        });
    }

    private long snapshot(HubConnection hub, Progress progress) {
        SyncStanding standing = replica.state().standing();
        Snapshots.SnapshotPosition position = replica.snapshots().snapshotPosition();
        if (position == null && standing.cursor() > 0) {
            return 0;
        }
        HubApi.SnapshotStart start = authorised(hub, hub::snapshotStart);
        // Indexes set aside by a snapshot that was cut off come back before anything else.
        replica.snapshots().restoreIndexes();
        replica.remote().redoMerges(start.merges());
        if (position == null) {
            replica.snapshots().beginSnapshot(start.cursor());
            position = replica.snapshots().snapshotPosition();
        }
        Snapshots.SnapshotPosition resumeAt = position;
        return store.withCopyCache(() -> copy(hub, progress, start, resumeAt));
    }

    private long copy(HubConnection hub, Progress progress, HubApi.SnapshotStart start,
                      Snapshots.SnapshotPosition position) {
        List<String> tables = start.tables();
        int from = position.table() == null ? 0 : Math.max(0, tables.indexOf(position.table()));
        UUID after = position.after();
        if (position.table() != null && after == null) {
            from++;
        }
        long copied = 0;
        long cursor = position.cursor();
        for (int t = from; t < tables.size(); t++) {
            String table = tables.get(t);
            boolean lastTable = t == tables.size() - 1;
            boolean wasEmpty = after == null && replica.snapshots().isEmpty(table);
            UUID resumeAfter = after;
            // The next page is fetched while this one is written: the hub and the laptop work at the same time.
            try (Prefetch<SnapshotPage> pages = new Prefetch<>(last -> last != null && last.tableDone() ? null
                    : authorised(hub, token -> hub.snapshot(token, table, last == null ? resumeAfter : last.lastId(),
                            SNAPSHOT_PAGE)))) {
                SnapshotPage page;
                boolean firstPage = true;
                while ((page = pages.next()) != null) {
                    checkCancelled(progress);
                    if (firstPage && wasEmpty) {
                        // The first page shows which indexes are cheaper to build after the copy.
                        replica.snapshots().suspendIndexes(table, page.rows());
                    }
                    firstPage = false;
                    SnapshotPage numbered = new SnapshotPage(table, page.rows(), page.lastId(), page.tableDone(), cursor);
                    replica.snapshots().applySnapshotPage(numbered, lastTable && page.tableDone(), wasEmpty);
                    broughtDown.set(true);
                    copied += page.rows().size();
                    progress.report("snapshot", copied, start.rows());
                }
            }
            replica.snapshots().restoreIndexes();
            after = null;
        }
        if (from >= tables.size()) {
            replica.snapshots().applySnapshotPage(new SnapshotPage(tables.getLast(), List.of(), null, true, cursor), true, false);
        }
        return copied;
    }

    private int pull(HubConnection hub, Progress progress) {
        int pulled = 0;
        long first = replica.state().standing().cursor();
        try (Prefetch<PulledPage> pages = new Prefetch<>(last -> last != null && !last.more() ? null
                : authorised(hub, token -> hub.pull(token, last == null ? first : last.cursor(), PULL_PAGE)))) {
            PulledPage page;
            while ((page = pages.next()) != null) {
                checkCancelled(progress);
                if (replica.remote().applyPage(page) > 0) {
                    broughtDown.set(true);
                }
                pulled += page.changes().size();
                progress.report("pull", pulled, 0);
            }
        }
        return pulled;
    }

    /** Runs a call with the current access token, refreshing the session once if the hub says it ended. */
    private <T> T authorised(HubConnection hub, Function<String, T> call) {
        String token = accessToken;
        if (token == null) {
            token = renew(hub);
        }
        try {
            return call.apply(token);
        } catch (HubException e) {
            if (e.kind() != HubException.Kind.SIGN_IN) {
                throw e;
            }
            return call.apply(renew(hub));
        }
    }

    private String renew(HubConnection hub) {
        synchronized (signInLock) {
            String refresh = replica.state().standing().refreshToken();
            if (refresh == null) {
                throw new HubException(HubException.Kind.SIGN_IN, texts.get().get("laptop.signInToSync"));
            }
            HubApi.Signed signed;
            try {
                signed = hub.refresh(refresh);
            } catch (HubException e) {
                if (e.kind() == HubException.Kind.SIGN_IN || e.kind() == HubException.Kind.FORBIDDEN) {
                    replica.state().saveRefreshToken(null);
                }
                throw e;
            }
            replica.state().saveRefreshToken(signed.refreshToken());
            if (signed.role() != null && !signed.role().equals(replica.state().standing().userRole())) {
                replica.state().saveRole(signed.role());
            }
            accessToken = signed.accessToken();
            return accessToken;
        }
    }

    private HubConnection client(String hubUrl) {
        HubConnection current = client;
        if (current == null || !current.hubUrl().equals(hubUrl)) {
            current = clients.apply(hubUrl);
            client = current;
        }
        return current;
    }

    /**
     * A request of the team's accounts, made with this laptop's session (renewed when it expired);
     * failures come as {@link SyncFailure}, with the hub's reason.
     */
    public <T> T team(java.util.function.BiFunction<TeamConnection, String, T> call) {
        return translated(() -> {
            SyncStanding standing = replica.state().standing();
            if (!standing.connected()) {
                throw new HubException(HubException.Kind.SIGN_IN, texts.get().get("laptop.signInFirst"));
            }
            HubConnection hub = client(standing.hubUrl());
            if (!(hub instanceof TeamConnection team)) {
                throw new IllegalStateException("the line to " + standing.hubUrl() + " carries no team requests");
            }
            return authorised(hub, token -> call.apply(team, token));
        });
    }

    /** Changes the signed-in user's own password on the hub, given the current one. */
    public void changeOwnPassword(String current, String next) {
        team((hub, token) -> {
            hub.changePassword(token, current, next);
            return null;
        });
    }

    public List<SyncConflict> conflicts() {
        return replica.conflicts().openConflicts(500);
    }

    /** The duplicates the hub merged that touched this laptop's records, newest first. */
    public List<SyncMerge> merges() {
        return replica.conflicts().merges(500);
    }

    public List<RefusedChange> refused() {
        return replica.conflicts().refusedChanges(500);
    }

    /** Puts a conflict's losing value back, as a new edit that syncs like any other. */
    public void restore(UUID conflictId) {
        store.write(technician.get(), tx -> {
            replica.conflicts().restore(tx, conflictId);
            return null;
        });
    }

    public void dismiss(UUID conflictId) {
        replica.conflicts().dismiss(conflictId);
    }

    /** Runs a request of the hub, its failures turned into {@link SyncFailure} with the hub's words. */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (HubException e) {
            SyncFailure.Reason reason = switch (e.kind()) {
                case UNREACHABLE -> SyncFailure.Reason.OFFLINE;
                case SIGN_IN -> SyncFailure.Reason.SIGN_IN;
                case FORBIDDEN -> SyncFailure.Reason.FORBIDDEN;
                case REFUSED -> SyncFailure.Reason.REFUSED;
                case BUSY -> SyncFailure.Reason.BUSY;
                case SERVER, PROTOCOL -> SyncFailure.Reason.HUB_ERROR;
            };
            throw new SyncFailure(reason, e.getMessage(), e);
        }
    }

    private void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancelledException(texts.get().get("laptop.cancelled"));
        }
    }
}
