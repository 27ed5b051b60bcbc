package jp.ocn.mypage.password.legacy;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.PasswordHashProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** What the verify-only legacy hash factories share: one format, its limits (set by {@code init}), the id. */
abstract class LegacyHashFactoryBase<H> implements PasswordHashProviderFactory {

    private final String id;
    private final LegacyFormat<H> format;
    private LegacyHashLimits limits = LegacyHashLimits.DEFAULTS;

    LegacyHashFactoryBase(String id, LegacyFormat<H> format) {
        this.id = id;
        this.format = format;
    }

    @Override
    public final PasswordHashProvider create(KeycloakSession session) {
        return new LegacyPasswordHashProvider<>(session, format, limits);
    }

    final void limits(LegacyHashLimits configured) {
        this.limits = configured;
    }

    final LegacyHashLimits limits() {
        return limits;
    }

    /** The same reading the sign-in uses, for the import-time check. */
    final LegacyFormat<H> format() {
        return format;
    }

    @Override
    public final void postInit(KeycloakSessionFactory factory) {}

    @Override
    public final void close() {}

    @Override
    public final String getId() {
        return id;
    }
}
