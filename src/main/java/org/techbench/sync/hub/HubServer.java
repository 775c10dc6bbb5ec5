package org.techbench.sync.hub;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.CompressionType;
import io.javalin.compression.Gzip;
import io.javalin.compression.Zstd;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.i18n.Texts;
import org.techbench.replication.BuildVersion;
import org.techbench.replication.SchemaVersion;
import org.techbench.sync.HubApi;
import org.techbench.sync.WireJson;

/**
 * The hub's HTTP server: JSON in and out (zstd or gzip when the laptop accepts it), HTTPS when given a
 * keystore. Bodies are read strictly and capped; every error is a JSON problem with a status and
 * a message a technician can act on. Stopping lets requests in flight finish, and each of them
 * commits whole or not at all.
 */
public final class HubServer implements AutoCloseable {

    /** The largest request body taken, in bytes; a push is sent in pages well below it. */
    public static final long MAX_BODY = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);

    private final Javalin app;
    private final Accounts accounts;
    private final TeamAdmin team;
    private final HubLog log;
    private final HubBlobs blobs;
    private final Clock clock;
    private final ObjectMapper json = WireJson.mapper();
    private final String version = BuildVersion.current();
    private final HubMetrics metrics = new HubMetrics(version, SchemaVersion.CURRENT);

    private HubServer(Accounts accounts, HubLog log, HubBlobs blobs, Clock clock, Tls tls) {
        this.accounts = accounts;
        this.team = new TeamAdmin(accounts);
        this.log = log;
        this.blobs = blobs;
        this.clock = clock;
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            // Level 1 of each: most of the saving at a fraction of the time, which matters for a first
            // sync's pages. zstd where the laptop takes it (2.5 times gzip's speed, a third fewer bytes).
            var compression = new CompressionStrategy(null, new Gzip(1), new Zstd(1));
            compression.setPreferredCompressors(List.of(CompressionType.ZSTD, CompressionType.GZIP));
            config.http.compressionStrategy = compression;
            config.startup.showJavalinBanner = false;
            // Stopping waits up to 20 s for requests in flight; Javalin nests its handler inside this one.
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(20_000);
                server.setHandler(new GracefulHandler());
            });
            if (tls != null) {
                config.jetty.addConnector((server, http) -> {
                    var ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(tls.keystore().toString());
                    ssl.setKeyStorePassword(tls.password());
                    var connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                            new HttpConnectionFactory(http));
                    connector.setHost(tls.host());
                    connector.setPort(tls.port());
                    return connector;
                });
            }
            config.routes.before(this::stampTime);
            config.requestLogger.http((ctx, millis) -> metrics.answered(ctx.method().name(), route(ctx), ctx.statusCode()));
            config.routes.get(HubApi.HEALTH, ctx -> send(ctx, new HubApi.Health("ok", SchemaVersion.CURRENT, version)));
            config.routes.get(HubApi.METRICS, ctx -> ctx.contentType(HubMetrics.CONTENT_TYPE).result(metrics.scrape()));
            config.routes.post(HubApi.LOGIN, this::login);
            config.routes.post(HubApi.REFRESH, this::refresh);
            config.routes.post(HubApi.PUSH, ctx -> {
                HubApi.Pushed pushed = log.push(caller(ctx), read(ctx, HubApi.Push.class));
                metrics.pushed(pushed.answers());
                send(ctx, pushed);
            });
            config.routes.get(HubApi.PULL, ctx -> send(ctx, log.pull(caller(ctx), longParam(ctx, "cursor"),
                    (int) longParam(ctx, "limit"))));
            config.routes.get(HubApi.SNAPSHOT, this::snapshot);
            config.routes.post(HubApi.ROWS, ctx -> send(ctx, log.rows(caller(ctx), read(ctx, HubApi.RowsWanted.class))));
            config.routes.get(HubApi.BLOBS + "{sha}", ctx -> {
                caller(ctx);
                send(ctx, blobs.status(ctx.pathParam("sha")));
            });
            config.routes.put(HubApi.BLOBS + "{sha}", ctx -> {
                caller(ctx);
                send(ctx, blobs.upload(ctx.pathParam("sha"), longParam(ctx, "offset"), longParam(ctx, "size"), ctx.bodyAsBytes()));
            });
            config.routes.get(HubApi.BLOBS + "{sha}/bytes", ctx -> {
                Caller caller = caller(ctx);
                String sha = ctx.pathParam("sha");
                var bytes = new java.io.ByteArrayOutputStream();
                blobs.download(caller, sha, longParam(ctx, "offset"), bytes);
                ctx.contentType("application/octet-stream").result(bytes.toByteArray());
            });
            config.routes.get(HubApi.USERS, ctx -> send(ctx, team.users(caller(ctx))));
            config.routes.post(HubApi.USERS, ctx -> send(ctx, team.add(caller(ctx), read(ctx, NewTeamMember.class))));
            config.routes.put(HubApi.USERS + "/{name}", ctx -> send(ctx, team.update(caller(ctx), ctx.pathParam("name"),
                    read(ctx, TeamMemberChange.class))));
            config.routes.post(HubApi.USERS + "/{name}/password", ctx -> {
                team.resetPassword(caller(ctx), ctx.pathParam("name"), read(ctx, HubApi.PasswordReset.class));
                ctx.status(204);
            });
            config.routes.get(HubApi.USER_AUDIT, ctx -> send(ctx, team.audit(caller(ctx))));
            config.routes.post(HubApi.PASSWORD, ctx -> {
                team.changeOwnPassword(caller(ctx), read(ctx, HubApi.PasswordChange.class));
                ctx.status(204);
            });
            config.routes.exception(HubRefusal.class, (e, ctx) -> {
                if (e.retryAfterSeconds() > 0) {
                    ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
                }
                problem(ctx, e.status(), "refused", e.message(texts(ctx)), e.expectedSeq());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                metrics.failed();
                problem(ctx, 500, "internal", texts(ctx).get("hub.internal"), null);
            });
            config.routes.error(404, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, 404, "not-found", texts(ctx).get("hub.notFound", ctx.path()), null);
                }
            });
            config.routes.error(413, ctx -> {
                if (!isProblem(ctx)) {
                    problem(ctx, 413, "too-large", texts(ctx).get("hub.tooLarge", MAX_BODY / 1024 / 1024), null);
                }
            });
        });
    }

    /** The route's pattern (an attachment's hash left out), so that the metrics keep a few series. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** True when the answer already is one of the hub's own problems, which a generic one must not replace. */
    private static boolean isProblem(Context ctx) {
        String result = ctx.result();
        return result != null && result.startsWith("{\"error\"");
    }

    /** Where to find the hub's certificate for HTTPS. */
    public record Tls(Path keystore, String password, String host, int port) {
    }

    public static HubServer start(Accounts accounts, HubLog log, HubBlobs blobs, Clock clock, String host, int port,
                                  Tls tls) {
        HubServer server = new HubServer(accounts, log, blobs, clock, tls);
        server.app.start(host, port);
        return server;
    }

    /** The port the plain HTTP connector listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    private void stampTime(Context ctx) {
        ctx.header(HubApi.HUB_TIME, Long.toString(clock.millis()));
    }

    private void login(Context ctx) {
        var request = read(ctx, HubApi.Login.class);
        if (request.user() == null || request.password() == null) {
            throw new HubRefusal(400, "hub.signInIncomplete");
        }
        Session session = accounts.login(request.user(), request.password().toCharArray(), request.node());
        LOG.info("{} signed in from node {}", session.userName(), request.node());
        send(ctx, signed(session));
    }

    private void refresh(Context ctx) {
        var request = read(ctx, HubApi.Refresh.class);
        if (request.refreshToken() == null) {
            throw new HubRefusal(400, "hub.refreshIncomplete");
        }
        send(ctx, signed(accounts.refresh(request.refreshToken(), request.node())));
    }

    private static HubApi.Signed signed(Session session) {
        return new HubApi.Signed(session.accessToken(), session.refreshToken(), session.userName(), session.role());
    }

    private void snapshot(Context ctx) {
        Caller caller = caller(ctx);
        String table = ctx.queryParam("table");
        if (table == null) {
            send(ctx, log.snapshotStart(caller));
            return;
        }
        String after = ctx.queryParam("after");
        UUID afterId;
        try {
            afterId = after == null || after.isEmpty() ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw new HubRefusal(400, "hub.notARowId", after);
        }
        int limit = (int) longParam(ctx, "limit");
        // Written while the rows are read, into memory first: a failure half way still answers 500, not half a page.
        var body = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator page = json.createGenerator(body)) {
            log.snapshot(caller, table, afterId, limit, metrics.counting(WireJson.snapshotPageWriter(page)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("application/json").result(body.toByteArray());
    }

    private Caller caller(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
        return accounts.authenticate(token, ctx.header(HubApi.NODE), texts(ctx));
    }

    /** The words of the language the laptop asks for. */
    private static Texts texts(Context ctx) {
        return Texts.sync(Texts.fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    private <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new HubRefusal(400, "hub.noBody");
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new HubRefusal(400, "hub.invalidRequest", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new HubRefusal(400, "hub.unreadableRequest", e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HubRefusal(400, "hub.invalidRequest", e.getMessage());
        }
    }

    private static long longParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new HubRefusal(400, "hub.notANumber", name, value);
        }
    }

    private void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    private void problem(Context ctx, int status, String error, String message, Long expectedSeq) {
        try {
            ctx.status(HttpStatus.forStatus(status)).contentType("application/json")
                    .result(json.writeValueAsBytes(new HubApi.Problem(error, message, expectedSeq)));
        } catch (JsonProcessingException e) {
            ctx.status(status).result(message);
        }
    }

    /** Stops taking requests and lets those in flight finish. */
    @Override
    public void close() {
        app.stop();
    }
}
