package jp.ocn.mypage.password.legacy;

import org.keycloak.Config;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.PasswordHashProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Password hash {@code scrypt} (verify-only, legacy accounts); SPI options {@code max-n} (default 2^20),
 * {@code max-rp} (32) and {@code max-memory-bytes} (128 MiB, i.e. 128·N·r).
 */
public final class ScryptPasswordHashProviderFactory implements PasswordHashProviderFactory {

    private static final ScryptFormat FORMAT = new ScryptFormat();
    private LegacyHashLimits limits = LegacyHashLimits.DEFAULTS;

    @Override
    public PasswordHashProvider create(KeycloakSession session) {
        return new LegacyPasswordHashProvider<>(session, FORMAT, limits);
    }

    @Override
    public void init(Config.Scope config) {
        limits = LegacyHashLimits.scrypt(config);
    }

    LegacyHashLimits limits() {
        return limits;
    }

    static LegacyFormat<?> format() {
        return FORMAT;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ScryptFormat.ALGORITHM;
    }
}
