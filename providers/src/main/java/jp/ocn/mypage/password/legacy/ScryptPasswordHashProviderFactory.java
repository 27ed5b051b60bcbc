package jp.ocn.mypage.password.legacy;

import org.keycloak.Config;

/**
 * Password hash {@code scrypt} (verify-only, legacy accounts); SPI options {@code max-n} (default 2^20),
 * {@code max-rp} (32) and {@code max-memory-bytes} (128 MiB, i.e. 128·N·r).
 */
public final class ScryptPasswordHashProviderFactory extends LegacyHashFactoryBase<ScryptFormat.Hash> {

    public ScryptPasswordHashProviderFactory() {
        super(ScryptFormat.ALGORITHM, new ScryptFormat());
    }

    @Override
    public void init(Config.Scope config) {
        limits(LegacyHashLimits.scrypt(config));
    }
}
