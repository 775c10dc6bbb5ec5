package org.techbench.sync.hub;

import java.time.OffsetDateTime;

/** What a sign-in gives a laptop: a short-lived access token and a refresh token that replaces itself on use. */
public record Session(String accessToken, OffsetDateTime accessExpiresAt, String refreshToken, String userName,
                      String role) {
}
