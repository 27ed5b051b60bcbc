package jp.ocn.mypage.password.legacy;

import org.keycloak.Config;

/**
 * The most a legacy hash may cost, read once from the hash providers' SPI options (e.g.
 * {@code --spi-password-hashing--bcrypt--max-cost=14}). A hash above them is refused at import and never computed
 * at sign-in, so an import cannot become a CPU or memory denial of service.
 *
 * @param bcryptMaxCost highest bcrypt cost (log2 of the rounds)
 * @param scryptMaxN highest scrypt N (CPU/memory cost, a power of two)
 * @param scryptMaxRp highest scrypt r·p (r: block size, p: parallelism)
 * @param scryptMaxMemoryBytes highest scrypt memory, 128·N·r bytes
 */
public record LegacyHashLimits(int bcryptMaxCost, int scryptMaxN, int scryptMaxRp, long scryptMaxMemoryBytes) {

    public static final LegacyHashLimits DEFAULTS = new LegacyHashLimits(14, 1 << 20, 32, 128L << 20);

    static LegacyHashLimits bcrypt(Config.Scope config) {
        return new LegacyHashLimits(
                config.getInt("max-cost", DEFAULTS.bcryptMaxCost),
                DEFAULTS.scryptMaxN,
                DEFAULTS.scryptMaxRp,
                DEFAULTS.scryptMaxMemoryBytes);
    }

    static LegacyHashLimits scrypt(Config.Scope config) {
        return new LegacyHashLimits(
                DEFAULTS.bcryptMaxCost,
                config.getInt("max-n", DEFAULTS.scryptMaxN),
                config.getInt("max-rp", DEFAULTS.scryptMaxRp),
                config.getLong("max-memory-bytes", DEFAULTS.scryptMaxMemoryBytes));
    }
}
