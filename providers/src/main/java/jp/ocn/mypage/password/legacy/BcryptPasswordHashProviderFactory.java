package jp.ocn.mypage.password.legacy;

import org.keycloak.Config;

/** Password hash {@code bcrypt} (verify-only, legacy accounts); SPI options {@code max-cost} (default 14) and
 * {@code pace-cost} (10, see {@link FailurePace}). */
public final class BcryptPasswordHashProviderFactory extends LegacyHashFactoryBase<String> {

    private int paceCost = 10;

    public BcryptPasswordHashProviderFactory() {
        super(BcryptFormat.ALGORITHM, new BcryptFormat());
    }

    @Override
    public void init(Config.Scope config) {
        limits(LegacyHashLimits.bcrypt(config));
        paceCost = config.getInt("pace-cost", 10);
    }

    /** The bcrypt cost every refused password check lasts at least as long as (0: none). */
    int paceCost() {
        return paceCost;
    }
}
