package jp.ocn.mypage.password.legacy;

import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;

/** The import-time check of one credential: the same reading (and limits) the sign-in uses, nothing hashed. */
final class LegacyHashCheck {

    private final KeycloakSession session;

    LegacyHashCheck(KeycloakSession session) {
        this.session = session;
    }

    /** Why this password credential would be refused, or empty when it is usable (or not a legacy hash at all). */
    Optional<LegacyHashException> problem(String credentialData, String secretData) {
        PasswordCredentialModel credential;
        try {
            CredentialModel model = new CredentialModel();
            model.setType(PasswordCredentialModel.TYPE);
            model.setCredentialData(credentialData);
            model.setSecretData(secretData);
            credential = PasswordCredentialModel.createFromCredentialModel(model);
        } catch (RuntimeException e) {
            return Optional.of(LegacyHashException.malformed("credentialData or secretData is not valid JSON"));
        }
        String algorithm = credential.getPasswordCredentialData().getAlgorithm();
        Object factory = algorithm == null
                ? null
                : session.getKeycloakSessionFactory().getProviderFactory(PasswordHashProvider.class, algorithm);
        if (factory instanceof LegacyHashFactoryBase<?> legacy) {
            return read(legacy.format(), credential, legacy.limits());
        }
        if (factory == null) {
            return Optional.of(LegacyHashException.malformed("no password hash provider for algorithm " + algorithm));
        }
        return Optional.empty();
    }

    private static Optional<LegacyHashException> read(
            LegacyFormat<?> format, PasswordCredentialModel credential, LegacyHashLimits limits) {
        try {
            format.read(credential, limits);
            return Optional.empty();
        } catch (LegacyHashException e) {
            return Optional.of(e);
        }
    }
}
