package jp.ocn.mypage.password.legacy;

import org.keycloak.Config;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.PasswordHashProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Password hash {@code bcrypt} (verify-only, legacy accounts); SPI options {@code max-cost} (default 14) and
 * {@code pace-cost} (10, see {@link FailurePace}). */
public final class BcryptPasswordHashProviderFactory implements PasswordHashProviderFactory {

    private static final BcryptFormat FORMAT = new BcryptFormat();
    private LegacyHashLimits limits = LegacyHashLimits.DEFAULTS;
    private int paceCost = 10;

    @Override
    public PasswordHashProvider create(KeycloakSession session) {
        return new LegacyPasswordHashProvider<>(session, FORMAT, limits);
    }

    @Override
    public void init(Config.Scope config) {
        limits = LegacyHashLimits.bcrypt(config);
        paceCost = config.getInt("pace-cost", 10);
    }

    /** The bcrypt cost every refused password check lasts at least as long as (0: none). */
    int paceCost() {
        return paceCost;
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
        return BcryptFormat.ALGORITHM;
    }
}
