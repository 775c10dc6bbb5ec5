package org.techbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.util.Native;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.techbench.domain.people.NewTeamMember;
import org.techbench.domain.people.TeamAuditEntry;
import org.techbench.domain.people.TeamMember;
import org.techbench.domain.people.TeamMemberChange;
import org.techbench.domain.sync.Mutation;
import org.techbench.domain.sync.PulledPage;
import org.techbench.domain.sync.SnapshotPage;
import org.techbench.domain.sync.SnapshotRow;
import org.techbench.i18n.Texts;

/**
 * Talks to one hub over HTTP(S) with the JDK's client. Every failure becomes a
 * {@link HubException} with a message for the technician; every answer updates how far the
 * hub's clock is from this laptop's.
 */
public final class HubClient implements HubConnection, TeamConnection {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI hub;
    private final String nodeId;
    private final HttpClient http;
    private final LongSupplier localMillis;
    private final Supplier<Texts> texts;
    private final ObjectMapper json = WireJson.mapper();
    private final String acceptedEncodings = acceptedEncodings();
    private volatile Long hubOffsetMillis;

    /** A client whose own messages, and the hub's answers, are in English. */
    public HubClient(String hubUrl, String nodeId, LongSupplier localMillis) {
        this(hubUrl, nodeId, localMillis, () -> Texts.sync(Locale.ENGLISH));
    }

    /** A client that words its own problems in the language of {@code texts} and asks the hub for it too. */
    public HubClient(String hubUrl, String nodeId, LongSupplier localMillis, Supplier<Texts> texts) {
        this.hub = parse(hubUrl, texts.get());
        this.nodeId = nodeId;
        this.localMillis = localMillis;
        this.texts = texts;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Checks a hub address before it is saved: http or https, with a host. */
    public static URI parse(String hubUrl, Texts texts) {
        try {
            URI uri = new URI(hubUrl.strip().replaceAll("/+$", ""));
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new HubException(HubException.Kind.PROTOCOL, texts.get("laptop.badAddress", hubUrl));
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new HubException(HubException.Kind.PROTOCOL, texts.get("laptop.badAddress", hubUrl), e);
        }
    }

    @Override
    public Long hubOffsetMillis() {
        return hubOffsetMillis;
    }

    public HubApi.Health health() {
        return send(request(HubApi.HEALTH, null).GET(), HubApi.Health.class);
    }

    /** The team's users; for support managers. */
    @Override
    public List<TeamMember> users(String token) {
        return List.of(send(request(HubApi.USERS, token).GET(), TeamMember[].class));
    }

    @Override
    public TeamMember addUser(String token, NewTeamMember user) {
        return send(request(HubApi.USERS, token).POST(body(user)), TeamMember.class);
    }

    @Override
    public TeamMember changeUser(String token, String name, TeamMemberChange change) {
        return send(request(HubApi.USERS + "/" + segment(name), token).PUT(body(change)), TeamMember.class);
    }

    /** Sets a user's password; their sessions end. */
    @Override
    public void resetPassword(String token, String name, String password) {
        exchange(request(HubApi.USERS + "/" + segment(name) + "/password", token).POST(body(new HubApi.PasswordReset(password))));
    }

    /** The signed-in user's own password, given their current one. */
    @Override
    public void changePassword(String token, String current, String next) {
        exchange(request(HubApi.PASSWORD, token).POST(body(new HubApi.PasswordChange(current, next))));
    }

    public List<TeamAuditEntry> userAudit(String token) {
        return List.of(send(request(HubApi.USER_AUDIT, token).GET(), TeamAuditEntry[].class));
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public HubApi.Signed login(String user, char[] password) {
        var body = new HubApi.Login(user, new String(password), nodeId);
        return send(request(HubApi.LOGIN, null).POST(body(body)), HubApi.Signed.class);
    }

    @Override
    public HubApi.Signed refresh(String refreshToken) {
        return send(request(HubApi.REFRESH, null).POST(body(new HubApi.Refresh(refreshToken, nodeId))), HubApi.Signed.class);
    }

    @Override
    public HubApi.Pushed push(String token, List<Mutation> mutations) {
        return send(request(HubApi.PUSH, token).POST(body(new HubApi.Push(nodeId, mutations))), HubApi.Pushed.class);
    }

    @Override
    public PulledPage pull(String token, long cursor, int limit) {
        return send(request(HubApi.PULL + "?cursor=" + cursor + "&limit=" + limit, token).GET(), PulledPage.class);
    }

    @Override
    public HubApi.SnapshotStart snapshotStart(String token) {
        return send(request(HubApi.SNAPSHOT, token).GET(), HubApi.SnapshotStart.class);
    }

    @Override
    public SnapshotPage snapshot(String token, String table, UUID after, int limit) {
        String query = "?table=" + URLEncoder.encode(table, StandardCharsets.UTF_8) + "&limit=" + limit
                + (after == null ? "" : "&after=" + after);
        return send(request(HubApi.SNAPSHOT + query, token).GET(), SnapshotPage.class);
    }

    @Override
    public List<SnapshotRow> rows(String token, String table, List<UUID> ids) {
        return send(request(HubApi.ROWS, token).POST(body(new HubApi.RowsWanted(table, ids))), HubApi.Rows.class).rows();
    }

    @Override
    public HubApi.BlobStatus blobStatus(String token, String sha) {
        return send(request(HubApi.BLOBS + sha, token).GET(), HubApi.BlobStatus.class);
    }

    @Override
    public HubApi.BlobStatus uploadBlob(String token, String sha, long offset, long size, byte[] bytes) {
        var builder = request(HubApi.BLOBS + sha + "?offset=" + offset + "&size=" + size, token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return send(builder, HubApi.BlobStatus.class);
    }

    @Override
    public long downloadBlob(String token, String sha, long offset, OutputStream into) {
        HttpResponse<InputStream> response = open(request(HubApi.BLOBS + sha + "/bytes?offset=" + offset, token).GET());
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), readBody(response));
        }
        try (InputStream raw = response.body();
             InputStream body = decoded(raw, response.headers().firstValue("Content-Encoding").orElse(""))) {
            return body.transferTo(into);
        } catch (IOException e) {
            throw new HubException(HubException.Kind.UNREACHABLE, texts.get().get("laptop.brokeOff", e.getMessage()), e);
        }
    }

    private static InputStream decoded(InputStream raw, String encoding) throws IOException {
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "zstd" -> new ZstdInputStream(raw);
            case "gzip" -> new GZIPInputStream(raw);
            default -> raw;
        };
    }

    /** zstd first where its native library loads on this laptop; gzip, which Java has itself, always. */
    private static String acceptedEncodings() {
        try {
            Native.load();
            return "zstd, gzip";
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return "gzip";
        }
    }

    @Override
    public String hubUrl() {
        return hub.toString();
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(hub + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Accept-Encoding", acceptedEncodings)
                .header("Accept-Language", texts.get().languageTag())
                .header(HubApi.NODE, nodeId);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpRequest.BodyPublisher body(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request could not be written as JSON", e);
        }
    }

    private <T> T send(HttpRequest.Builder builder, Class<T> type) {
        byte[] bytes = exchange(builder);
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new HubException(HubException.Kind.PROTOCOL, texts.get().get("laptop.unreadableAnswer", e.getMessage(), hub), e);
        }
    }

    /** Sends a request and returns the body of a successful answer; anything else is a {@link HubException}. */
    private byte[] exchange(HttpRequest.Builder builder) {
        HttpResponse<InputStream> response = open(builder);
        byte[] bytes = readBody(response);
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), bytes);
        }
        return bytes;
    }

    /** Sends a request and returns the answer with its body still to be read. */
    private HttpResponse<InputStream> open(HttpRequest.Builder builder) {
        HttpRequest request = builder.header("Content-Type", "application/json").build();
        HttpResponse<InputStream> response;
        long sent = localMillis.getAsLong();
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (javax.net.ssl.SSLException e) {
            throw new HubException(HubException.Kind.FORBIDDEN, texts.get().get("laptop.untrustedHub", hub, e.getMessage()), e);
        } catch (IOException e) {
            throw new HubException(HubException.Kind.UNREACHABLE, texts.get().get("laptop.unreachable", hub,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException(HubException.Kind.UNREACHABLE, texts.get().get("laptop.interrupted"), e);
        }
        noteHubTime(response, sent);
        return response;
    }

    private void noteHubTime(HttpResponse<?> response, long sent) {
        response.headers().firstValue(HubApi.HUB_TIME).ifPresent(value -> {
            try {
                long received = localMillis.getAsLong();
                hubOffsetMillis = Long.parseLong(value) - (sent + received) / 2;
            } catch (NumberFormatException e) {
                hubOffsetMillis = null;
            }
        });
    }

    private byte[] readBody(HttpResponse<InputStream> response) {
        try (InputStream raw = response.body();
             InputStream body = decoded(raw, response.headers().firstValue("Content-Encoding").orElse(""))) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new HubException(HubException.Kind.UNREACHABLE, texts.get().get("laptop.brokeOff", e.getMessage()), e);
        }
    }

    private HubException failure(int status, byte[] body) {
        String message;
        try {
            message = json.readValue(body, HubApi.Problem.class).message();
        } catch (IOException e) {
            message = texts.get().get("laptop.hubAnswered", Integer.toString(status),
                    new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip());
        }
        HubException.Kind kind = switch (status) {
            case 401 -> HubException.Kind.SIGN_IN;
            case 403 -> HubException.Kind.FORBIDDEN;
            case 429, 503 -> HubException.Kind.BUSY;
            case 400, 404, 409, 413 -> HubException.Kind.REFUSED;
            default -> HubException.Kind.SERVER;
        };
        return new HubException(kind, message);
    }
}
