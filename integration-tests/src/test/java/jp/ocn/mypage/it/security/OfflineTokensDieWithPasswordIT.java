package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: a thief holds an offline refresh token (an app that "stays signed in") and the owner changes or
 * resets the password to lock them out. Every other session ends, offline ones included, so the stolen
 * refresh token stops working, and the client, which has a back-channel logout URL, gets a signed logout token
 * for the ended session.
 */
@ExtendWith(MyPageServerExtension.class)
class OfflineTokensDieWithPasswordIT {

    private static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final String UPDATE = "form#kc-passwd-update-form";
    private final Fixtures fx;
    private final BlockingQueue<String> logoutTokens = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private String clientId;
    private final String clientSecret = "bcl-" + System.nanoTime();

    OfflineTokensDieWithPasswordIT(Fixtures fx) {
        this.fx = fx;
    }

    /** A local back-channel logout receiver, and a test client pointing at it, registered through the admin API. */
    @BeforeEach
    void registerClientWithBackchannelLogout() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/logout", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                if (pair.startsWith("logout_token=")) {
                    logoutTokens.add(
                            URLDecoder.decode(pair.substring("logout_token=".length()), StandardCharsets.UTF_8));
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        clientId = "bcl-test-" + System.nanoTime();
        fx.admin()
                .createClient(
                        clientId,
                        clientSecret,
                        Map.of(
                                "backchannel.logout.url",
                                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/logout",
                                "backchannel.logout.session.required",
                                "true"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aPasswordChangeEndsOfflineSessionsAndTheClientGetsALogoutToken() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String userId = fx.admin().userId(account.username());
        LoginClient thief = new LoginClient(fx.server(), "ja", clientId, clientSecret);
        JsonNode stolen = offlineTokens(thief, account.username(), CodeSteps.PASSWORD);
        assertThat(thief.refresh(stolen.get("refresh_token").asText()).status())
                .as("works before the change")
                .isEqualTo(200);

        fx.admin().requireAction(userId, "UPDATE_PASSWORD");
        LoginClient owner = fx.browser();
        Outcome change = owner.login(account.username(), CodeSteps.PASSWORD);
        Outcome done = owner.post(
                change.page(),
                UPDATE,
                Map.of("password-new", "Owner-Changed-2026#", "password-confirm", "Owner-Changed-2026#"));
        assertThat(done.signedIn()).as(done.body()).isTrue();

        JsonHttp.Reply refused = thief.refresh(stolen.get("refresh_token").asText());
        assertThat(refused.status())
                .as("the offline token died with the password: " + refused.body())
                .isEqualTo(400);
        assertValidLogoutToken(nextLogoutToken(), userId, stolen);
        assertThat(owner.tokens(done.code()).has("access_token"))
                .as("the session that changed it goes on")
                .isTrue();
    }

    @Test
    void aResetByMailEndsOtherSessionsOfflineOnesIncluded() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String userId = fx.admin().userId(account.username());
        LoginClient thief = new LoginClient(fx.server(), "ja", clientId, clientSecret);
        JsonNode offline = offlineTokens(thief, account.username(), CodeSteps.PASSWORD);
        LoginClient laptop = fx.browser();
        JsonNode online = laptop.signIn(account.username(), CodeSteps.PASSWORD);

        LoginClient owner = fx.browser();
        Outcome update = owner.open(ResetMails.request(owner, fx.mail(), account.username()));
        assertThat(update.page().selectFirst(UPDATE)).as(update.body()).isNotNull();
        Outcome done = owner.post(
                update.page(),
                UPDATE,
                Map.of("password-new", "Owner-Reset-2026#", "password-confirm", "Owner-Reset-2026#"));
        assertThat(done.signedIn()).as(done.body()).isTrue();

        assertThat(thief.refresh(offline.get("refresh_token").asText()).status())
                .as("offline session ended")
                .isEqualTo(400);
        assertThat(laptop.refresh(online.get("refresh_token").asText()).status())
                .as("online session ended")
                .isEqualTo(400);
        assertValidLogoutToken(nextLogoutToken(), userId, offline);
    }

    private JsonNode offlineTokens(LoginClient client, String username, String password) throws Exception {
        Outcome in = client.submit(
                client.authorizeWithScope("openid offline_access", "").page(), username, password);
        assertThat(in.signedIn()).as(in.body()).isTrue();
        JsonNode tokens = client.tokens(in.code());
        assertThat(LoginClient.claims(tokens.get("refresh_token").asText()).getClaim("typ"))
                .isEqualTo("Offline");
        return tokens;
    }

    private String nextLogoutToken() throws InterruptedException {
        String token = logoutTokens.poll(15, TimeUnit.SECONDS);
        assertThat(token)
                .as("a logout token reached the client's back-channel logout URL")
                .isNotNull();
        return token;
    }

    /** Signed with the realm's key, from the realm, for this client, naming the user, session and the logout event. */
    private void assertValidLogoutToken(String token, String userId, JsonNode tokens) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet keys = JWKSet.load(URI.create(fx.server().realmUrl() + "/protocol/openid-connect/certs")
                .toURL());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("signed with a key of the realm").isNotNull();
        JWSVerifier verifier = new RSASSAVerifier(key);
        assertThat(jwt.verify(verifier)).as("signature").isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(fx.server().realmUrl());
        assertThat(claims.getAudience()).contains(clientId);
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getJSONObjectClaim("events")).containsKey(BACKCHANNEL_LOGOUT_EVENT);
        assertThat(claims.getStringClaim("sid"))
                .isEqualTo(
                        LoginClient.claims(tokens.get("access_token").asText()).getStringClaim("sid"));
        assertThat(claims.getClaim("nonce")).as("a logout token has no nonce").isNull();
    }
}
