package jp.ocn.mypage.daccount;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.broker.oidc.OIDCIdentityProviderConfig;
import org.keycloak.models.IdentityProviderModel;

/**
 * Settings of the {@code daccount} identity provider: Keycloak's OIDC settings with d ACCOUNT Connect's public
 * endpoints as defaults (each overridable, e.g. by a discovery import or for the stand-in realm) and the rules that
 * are not options here: signatures are always checked, a nonce is always sent and checked, the client
 * authenticates with HTTP Basic unless told otherwise, and only the configured algorithms are accepted.
 */
public final class DAccountConfig extends OIDCIdentityProviderConfig {

    public static final String ISSUER = "https://conf.uw.docomo.ne.jp/";
    public static final String AUTHORIZATION_URL = "https://id.smt.docomo.ne.jp/cgi8/oidc/authorize";
    public static final String TOKEN_URL = "https://conf.uw.docomo.ne.jp/token";
    public static final String USERINFO_URL = "https://conf.uw.docomo.ne.jp/userinfo";
    public static final String JWKS_URL_DEFAULT =
            "https://fr-end.oidc.if.cilite.docomo.ne.jp/oft/external/ofrnt/v1.0/jwksget";
    /** Config key: ID token algorithms accepted, comma-separated (only HS256/384/512 and RS256/384/512 exist here). */
    public static final String ALGORITHMS = "daccountAlgorithms";

    static final String DEFAULT_ALGORITHMS = "HS256,RS256";
    static final Set<String> KNOWN_ALGORITHMS = Set.of("HS256", "HS384", "HS512", "RS256", "RS384", "RS512");

    public DAccountConfig() {
        applyDefaults();
    }

    public DAccountConfig(IdentityProviderModel model) {
        super(model);
        applyDefaults();
    }

    private void applyDefaults() {
        defaultTo("issuer", ISSUER);
        defaultTo("authorizationUrl", AUTHORIZATION_URL);
        defaultTo("tokenUrl", TOKEN_URL);
        defaultTo("userInfoUrl", USERINFO_URL);
        defaultTo(JWKS_URL, JWKS_URL_DEFAULT);
        defaultTo("clientAuthMethod", "client_secret_basic");
        defaultTo(ALGORITHMS, DEFAULT_ALGORITHMS);
        getConfig().put(USE_JWKS_URL, "true");
        getConfig().put(VALIDATE_SIGNATURE, "true");
        getConfig().put("disableNonce", "false");
    }

    private void defaultTo(String key, String value) {
        String current = getConfig().get(key);
        if (current == null || current.isBlank()) {
            getConfig().put(key, value);
        }
    }

    /** Signatures are part of what this provider is: never switched off by configuration. */
    @Override
    public boolean isValidateSignature() {
        return true;
    }

    @Override
    public boolean isDisableNonce() {
        return false;
    }

    /** {@code openid} plus the configured extra scopes (d ACCOUNT's own, e.g. {@code profile1 dpoint_number}). */
    @Override
    public String getDefaultScope() {
        return scopeWith(super.getDefaultScope());
    }

    static String scopeWith(String extra) {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        if (extra != null) {
            scopes.addAll(Arrays.stream(extra.trim().split("[\\s,]+"))
                    .filter(s -> !s.isEmpty())
                    .toList());
        }
        return String.join(" ", scopes);
    }

    /** The algorithms an ID token may be signed with; unknown names (and {@code none}) are dropped. */
    public List<String> algorithms() {
        return algorithmsOf(getConfig().get(ALGORITHMS));
    }

    static List<String> algorithmsOf(String setting) {
        String value = setting == null || setting.isBlank() ? DEFAULT_ALGORITHMS : setting;
        return Arrays.stream(value.split("[\\s,]+"))
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .filter(KNOWN_ALGORITHMS::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }
}
