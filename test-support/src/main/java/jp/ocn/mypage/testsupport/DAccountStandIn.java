package jp.ocn.mypage.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
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

/**
 * A small OpenID provider that behaves like d ACCOUNT Connect, on a free port of 127.0.0.1: discovery, an authorize
 * endpoint that consents at once (redirect with a code), a token endpoint that wants HTTP Basic, userinfo with only
 * {@code sub}, and a JWKS whose one RSA key has no {@code kid} and no {@code alg}. ID tokens are HS256 (keyed with the
 * client secret) or RS256; {@link Fault} makes it misbehave the ways a provider (or an attacker) can.
 */
public final class DAccountStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "mypage-stand-in";
    public static final String CLIENT_SECRET = "stand-in-secret-0123456789abcdef0123456789abcdef";

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
        HS256_WITH_PUBLIC_KEY
    }

    /** One call of the token endpoint as it came: the Authorization header and the form. */
    public record TokenCall(String authorization, Map<String, String> form) {}

    private record Grant(String subject, String nonce) {}

    private final HttpServer server;
    private final RSAKey rsa;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> authorizations = new CopyOnWriteArrayList<>();
    private final List<TokenCall> tokenCalls = new CopyOnWriteArrayList<>();
    private volatile Signing signing = Signing.HS256;
    private volatile Fault fault = Fault.NONE;
    private volatile String subject = newSubject();
    private volatile String lastRedirect;

    private DAccountStandIn() throws IOException, JOSEException {
        rsa = new RSAKeyGenerator(2048).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userinfo);
        server.createContext("/jwks", ex -> json(ex, 200, Map.of("keys", List.of(publicKeyWithoutIdOrAlgorithm()))));
        server.start();
    }

    public static DAccountStandIn start() {
        try {
            return new DAccountStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
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
        try {
            return switch (fault) {
                case UNSIGNED -> new PlainJWT(claims).serialize();
                case HS256_WITH_PUBLIC_KEY ->
                    signed(
                            claims,
                            JWSAlgorithm.HS256,
                            new MACSigner(rsa.toRSAPublicKey().getEncoded()));
                case INVALID_SIGNATURE -> tampered(signedAsConfigured(claims));
                default -> signedAsConfigured(claims);
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signedAsConfigured(JWTClaimsSet claims) throws JOSEException {
        return signing == Signing.RS256
                ? signed(claims, JWSAlgorithm.RS256, new RSASSASigner(rsa))
                : signed(claims, JWSAlgorithm.HS256, new MACSigner(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    private static String signed(JWTClaimsSet claims, JWSAlgorithm algorithm, com.nimbusds.jose.JWSSigner signer)
            throws JOSEException {
        // No kid: d ACCOUNT's header names no key.
        SignedJWT jwt =
                new SignedJWT(new JWSHeader.Builder(algorithm).type(null).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String tampered(String jwt) {
        int dot = jwt.lastIndexOf('.');
        char last = jwt.charAt(dot + 1);
        return jwt.substring(0, dot + 1) + (last == 'A' ? 'B' : 'A') + jwt.substring(dot + 2);
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

    private Map<String, Object> publicKeyWithoutIdOrAlgorithm() {
        Map<String, Object> jwk = new LinkedHashMap<>(rsa.toPublicJWK().toJSONObject());
        jwk.remove("kid");
        jwk.remove("alg");
        jwk.remove("use");
        return jwk;
    }

    private static void json(HttpExchange ex, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(new LinkedHashMap<String, Object>(body))
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
