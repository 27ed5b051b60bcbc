package jp.ocn.mypage.daccount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.common.util.Base64Url;
import org.keycloak.crypto.KeyType;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.PublicKeysWrapper;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.jose.jwk.JSONWebKeySet;
import org.keycloak.jose.jwk.JWK;
import org.keycloak.jose.jwk.JWKParser;
import org.keycloak.keys.PublicKeyLoader;
import org.keycloak.keys.PublicKeyStorageProvider;
import org.keycloak.models.KeycloakSession;

/**
 * d ACCOUNT's signing keys from its JWKS, cached in Keycloak's public key store (cluster-aware, with its own limit
 * on refetches). Keycloak's own loader drops keys without {@code kid}; this one keeps every RSA signing key and
 * gives a key without {@code kid} a name from its SHA-256 fingerprint, marked as made up here.
 */
final class DAccountKeys implements PublicKeyLoader {

    private static final String SYNTHETIC = "daccount-nokid-";

    private final KeycloakSession session;
    private final String jwksUrl;

    DAccountKeys(KeycloakSession session, String jwksUrl) {
        this.session = session;
        this.jwksUrl = jwksUrl;
    }

    static boolean isSynthetic(KeyWrapper key) {
        return key.getKid() != null && key.getKid().startsWith(SYNTHETIC);
    }

    /** The cached keys, or fetched ones when {@code reload} (or nothing is cached yet). */
    static List<KeyWrapper> of(KeycloakSession session, String realmId, String alias, String jwksUrl, boolean reload) {
        PublicKeyStorageProvider store = session.getProvider(PublicKeyStorageProvider.class);
        String modelKey = realmId + "::daccount::" + alias + "::" + jwksUrl;
        DAccountKeys loader = new DAccountKeys(session, jwksUrl);
        if (reload) {
            store.reloadKeys(modelKey, loader);
        }
        return store.getKeys(modelKey, loader);
    }

    @Override
    public PublicKeysWrapper loadKeys() throws Exception {
        JSONWebKeySet set =
                SimpleHttp.create(session).doGet(jwksUrl).acceptJson().asJson(JSONWebKeySet.class);
        return new PublicKeysWrapper(keysOf(set));
    }

    static List<KeyWrapper> keysOf(JSONWebKeySet set) {
        List<KeyWrapper> keys = new ArrayList<>();
        if (set == null || set.getKeys() == null) {
            return keys;
        }
        for (JWK jwk : set.getKeys()) {
            boolean signing =
                    jwk.getPublicKeyUse() == null || KeyUse.SIG.getSpecName().equals(jwk.getPublicKeyUse());
            if (!KeyType.RSA.equals(jwk.getKeyType()) || !signing) {
                continue;
            }
            PublicKey publicKey = JWKParser.create(jwk).toPublicKey();
            KeyWrapper key = new KeyWrapper();
            key.setKid(jwk.getKeyId() != null ? jwk.getKeyId() : SYNTHETIC + fingerprint(publicKey));
            key.setAlgorithm(jwk.getAlgorithm());
            key.setType(KeyType.RSA);
            key.setUse(KeyUse.SIG);
            key.setPublicKey(publicKey);
            keys.add(key);
        }
        return keys;
    }

    private static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64Url.encode(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(new String(key.getEncoded(), StandardCharsets.ISO_8859_1).hashCode());
        }
    }
}
