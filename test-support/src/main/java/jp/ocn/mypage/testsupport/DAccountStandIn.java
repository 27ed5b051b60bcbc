package jp.ocn.mypage.testsupport;

import static jp.ocn.mypage.testsupport.StandInHttp.enc;
import static jp.ocn.mypage.testsupport.StandInHttp.json;
import static jp.ocn.mypage.testsupport.StandInHttp.parse;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small OpenID provider that behaves like d ACCOUNT Connect, on a free port of 127.0.0.1: discovery, an authorize
 * endpoint that consents at once (redirect with a code), a token endpoint that wants HTTP Basic, userinfo with only
 * {@code sub}, and a JWKS whose one RSA key has no {@code kid} and no {@code alg}. ID tokens are HS256 (keyed with the
 * client secret) or RS256; {@link Fault} makes it misbehave the ways a provider (or an attacker) can.
 */
public final class DAccountStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "mypage-stand-in";
    public static final String CLIENT_SECRET = "stand-in-secret-0123456789abcdef0123456789abcdef";
    private static final long TIMEOUT_MILLIS = 6_000;

    public enum Signing {
        HS256,
        RS256
    }

    /** How the next answers go wrong (until {@link #failWith} is called again or {@link #reset}). */
    public enum Fault {
        NONE,
        CONSENT_DENIED,
        ERROR_RESPONSE,
        BAD_STATE,
        BAD_NONCE,
        TOKEN_ERROR,
        UNSIGNED,
        INVALID_SIGNATURE,
        WRONG_ISSUER,
        /** HS256 keyed with the provider's public RSA key (the algorithm-confusion attack). */
        HS256_WITH_PUBLIC_KEY,
        /** The token endpoint answers only after Keycloak's HTTP client gave up (its socket timeout is 5 s). */
        TIMEOUT
    }

    /** One call of the token endpoint as it came: the Authorization header and the form. */
    public record TokenCall(String authorization, Map<String, String> form) {}

    private record Grant(String subject, String nonce) {}

    private final HttpServer server;
    private final StandInIdTokens tokens = new StandInIdTokens(CLIENT_SECRET);
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> authorizations = new CopyOnWriteArrayList<>();
    private final List<TokenCall> tokenCalls = new CopyOnWriteArrayList<>();
    private volatile Signing signing = Signing.HS256;
    private volatile Fault fault = Fault.NONE;
    private volatile String subject = newSubject();
    private volatile String lastRedirect;

    private DAccountStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userinfo);
        server.createContext(
                "/jwks", ex -> json(ex, 200, Map.of("keys", List.of(tokens.publicKeyWithoutIdOrAlgorithm()))));
        // Threads of their own, so a TIMEOUT answer does not hold up the next request.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "daccount-stand-in");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public static DAccountStandIn start() {
        try {
            return new DAccountStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** With a trailing slash, as d ACCOUNT's issuer has. */
    public String issuer() {
        return baseUrl() + "/";
    }

    /** The settings of a Keycloak identity provider of type {@code daccount} pointing here. */
    public Map<String, String> providerConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("clientId", CLIENT_ID);
        c.put("clientSecret", CLIENT_SECRET);
        c.put("issuer", issuer());
        c.put("authorizationUrl", baseUrl() + "/authorize");
        c.put("tokenUrl", baseUrl() + "/token");
        c.put("userInfoUrl", baseUrl() + "/userinfo");
        c.put("jwksUrl", baseUrl() + "/jwks");
        return c;
    }

    public DAccountStandIn signWith(Signing signing) {
        this.signing = signing;
        return this;
    }

    public DAccountStandIn failWith(Fault fault) {
        this.fault = fault;
        return this;
    }

    /** The next sign-ins are this dアカウント (a pairwise subject, as d ACCOUNT gives). */
    public DAccountStandIn as(String subject) {
        this.subject = subject;
        return this;
    }

    public static String newSubject() {
        return "d" + UUID.randomUUID().toString().replace("-", "");
    }

    public String subject() {
        return subject;
    }

    public void reset() {
        signing = Signing.HS256;
        fault = Fault.NONE;
        subject = newSubject();
    }

    /** Where the authorize endpoint last sent the browser back to (the callback with code and state). */
    public String lastRedirect() {
        return lastRedirect;
    }

    public List<Map<String, String>> authorizations() {
        return List.copyOf(authorizations);
    }

    public List<TokenCall> tokenCalls() {
        return List.copyOf(tokenCalls);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange ex) throws IOException {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer());
        d.put("authorization_endpoint", baseUrl() + "/authorize");
        d.put("token_endpoint", baseUrl() + "/token");
        d.put("userinfo_endpoint", baseUrl() + "/userinfo");
        d.put("jwks_uri", baseUrl() + "/jwks");
        d.put("response_types_supported", List.of("code"));
        d.put("subject_types_supported", List.of("pairwise"));
        d.put("id_token_signing_alg_values_supported", List.of("HS256", "RS256"));
        d.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        json(ex, 200, d);
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
        authorizations.add(q);
        String target = q.getOrDefault("redirect_uri", "");
        String state = q.getOrDefault("state", "");
        String answer =
                switch (fault) {
                    case CONSENT_DENIED -> "error=access_denied&state=" + enc(state);
                    case ERROR_RESPONSE -> "error=server_error&error_description=stand-in&state=" + enc(state);
                    case BAD_STATE -> "code=" + newCode(q) + "&state=" + enc("forged" + state);
                    default -> "code=" + newCode(q) + "&state=" + enc(state);
                };
        lastRedirect = target + (target.contains("?") ? "&" : "?") + answer;
        ex.getResponseHeaders().add("Location", lastRedirect);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private String newCode(Map<String, String> q) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(subject, q.get("nonce")));
        return code;
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        tokenCalls.add(new TokenCall(authorization, form));
        if (fault == Fault.TIMEOUT) {
            pause(TIMEOUT_MILLIS);
        }
        if (!basicAuthOk(authorization)) {
            json(ex, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || fault == Fault.TOKEN_ERROR) {
            json(ex, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.subject());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", 3600);
        body.put("id_token", idToken(grant));
        json(ex, 200, body);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean basicAuthOk(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon > 0
                && CLIENT_ID.equals(URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8))
                && CLIENT_SECRET.equals(URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(fault == Fault.WRONG_ISSUER ? "https://not-docomo.example/" : issuer())
                .subject(grant.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("auth_time", now.getEpochSecond())
                .claim("nonce", fault == Fault.BAD_NONCE ? "not-the-nonce" : grant.nonce())
                .build();
        return tokens.mint(claims, signing, fault);
    }

    private void userinfo(HttpExchange ex) throws IOException {
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        String sub = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (sub == null) {
            json(ex, 401, Map.of("error", "invalid_token"));
        } else {
            json(ex, 200, Map.of("sub", sub));
        }
    }
}
