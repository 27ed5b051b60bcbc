package jp.ocn.mypage.sdk.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a verifier trusts: the realm's issuer, this module's client ID(s), the allowed signature algorithms (asymmetric
 * only: never {@code none}, never HMAC, so a public key can never be used as an HMAC secret), the clock skew and the
 * JWKS. Built once at start-up; immutable.
 */
public final class VerifierSettings {

    /** Keycloak's default (and our realm's) signature algorithm. */
    public static final Set<JWSAlgorithm> DEFAULT_ALGORITHMS = Set.of(JWSAlgorithm.RS256);

    private final String issuer;
    private final Set<String> audiences;
    private final Set<JWSAlgorithm> algorithms;
    private final Duration clockSkew;
    private final Clock clock;
    private final JWKSource<SecurityContext> keys;

    private VerifierSettings(Builder b) {
        this.issuer = b.issuer;
        this.audiences = Set.copyOf(b.audiences);
        this.algorithms = Set.copyOf(b.algorithms);
        this.clockSkew = b.clockSkew;
        this.clock = b.clock;
        this.keys = b.keys != null ? b.keys : jwks(b);
    }

    /** Settings for tokens of the realm {@code issuer} (e.g. {@code https://login.example/realms/mypage}). */
    public static Builder forIssuer(String issuer) {
        return new Builder(issuer);
    }

    public String issuer() {
        return issuer;
    }

    public Set<String> audiences() {
        return audiences;
    }

    public Set<JWSAlgorithm> algorithms() {
        return algorithms;
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    public Clock clock() {
        return clock;
    }

    JWKSource<SecurityContext> keys() {
        return keys;
    }

    private static JWKSource<SecurityContext> jwks(Builder b) {
        try {
            // Nimbus' source: cached for the TTL, refreshed at once when a token names an unknown kid (key
            // rotation needs no restart), refreshes rate-limited so junk kids cannot make us hammer the server.
            return JWKSourceBuilder.create(b.jwksUri.toURL(), b.retriever)
                    .cache(b.jwksTtl.toMillis(), b.jwksFetchTimeout.toMillis())
                    .rateLimited(b.jwksMinRefreshInterval.toMillis())
                    .refreshAheadCache(false)
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad JWKS URI " + b.jwksUri, e);
        }
    }

    /** Builder with safe defaults: RS256, 30 s skew, JWKS cached 5 minutes, refreshed at most every 30 s. */
    public static final class Builder {
        private final String issuer;
        private final Set<String> audiences = new LinkedHashSet<>();
        private Set<JWSAlgorithm> algorithms = DEFAULT_ALGORITHMS;
        private Duration clockSkew = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();
        private URI jwksUri;
        private Duration jwksTtl = Duration.ofMinutes(5);
        private Duration jwksMinRefreshInterval = Duration.ofSeconds(30);
        private Duration jwksFetchTimeout = Duration.ofSeconds(5);
        private ResourceRetriever retriever;
        private JWKSource<SecurityContext> keys;

        private Builder(String issuer) {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("issuer is required");
            }
            this.issuer = issuer;
            this.jwksUri = URI.create(issuer + "/protocol/openid-connect/certs");
        }

        /** A client ID this module accepts in {@code aud} (or, for access tokens, as {@code azp}). */
        public Builder audience(String clientId) {
            audiences.add(Objects.requireNonNull(clientId));
            return this;
        }

        /** Allowed signature algorithms: RSA, RSA-PSS or EC only. */
        public Builder algorithms(Set<JWSAlgorithm> allowed) {
            for (JWSAlgorithm alg : allowed) {
                if (!JWSAlgorithm.Family.RSA.contains(alg) && !JWSAlgorithm.Family.EC.contains(alg)) {
                    throw new IllegalArgumentException(
                            "only asymmetric signature algorithms may be allowed, not " + alg);
                }
            }
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm");
            }
            this.algorithms = Set.copyOf(allowed);
            return this;
        }

        /** Tolerance for clocks that differ a little (at most 5 minutes). */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("clock skew must be between 0 and 5 minutes");
            }
            this.clockSkew = skew;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The realm's JWKS (default: Keycloak's {@code <issuer>/protocol/openid-connect/certs}). */
        public Builder jwksUri(URI uri) {
            this.jwksUri = Objects.requireNonNull(uri);
            return this;
        }

        /** How long fetched keys are used before they are fetched again, and how often an unknown kid may refetch. */
        public Builder jwksCache(Duration ttl, Duration minRefreshInterval) {
            this.jwksTtl = ttl;
            this.jwksMinRefreshInterval = minRefreshInterval;
            return this;
        }

        /** How the JWKS is fetched (default: HTTP with 5 s timeouts and a 50 kB size limit). */
        public Builder jwksRetriever(ResourceRetriever retriever) {
            this.retriever = Objects.requireNonNull(retriever);
            return this;
        }

        /** Keys from elsewhere (e.g. a fixed set in tests); replaces the JWKS URI and its cache. */
        public Builder keys(JWKSource<SecurityContext> keys) {
            this.keys = Objects.requireNonNull(keys);
            return this;
        }

        public VerifierSettings build() {
            if (audiences.isEmpty()) {
                throw new IllegalArgumentException("at least one audience (this module's client ID) is required");
            }
            if (retriever == null) {
                int timeout = (int) jwksFetchTimeout.toMillis();
                retriever = new DefaultResourceRetriever(timeout, timeout, 50 * 1024);
            }
            return new VerifierSettings(this);
        }
    }
}
