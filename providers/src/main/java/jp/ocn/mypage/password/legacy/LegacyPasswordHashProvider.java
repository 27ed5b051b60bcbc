package jp.ocn.mypage.password.legacy;

import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * Verifies passwords of accounts moved in with a hash of the old system. Verify-only: it never creates such hashes.
 * After a successful check Keycloak re-hashes the password with the realm's algorithm (its policy check fails for
 * this credential), which replaces the legacy credential in place. A hash that is malformed or above its limits is
 * never computed: the check fails as a wrong password would, with a log line and an event reason. The login form
 * makes every refused check last alike ({@link FailurePace}).
 */
final class LegacyPasswordHashProvider<H> implements PasswordHashProvider {

    private final KeycloakSession session;
    private final LegacyFormat<H> format;
    private final LegacyHashLimits limits;

    LegacyPasswordHashProvider(KeycloakSession session, LegacyFormat<H> format, LegacyHashLimits limits) {
        this.session = session;
        this.format = format;
        this.limits = limits;
    }

    @Override
    public boolean verify(String rawPassword, PasswordCredentialModel credential) {
        boolean matches = false;
        LegacyHashCounts.seen(session.getContext().getRealm());
        try {
            H hash = format.read(credential, limits);
            matches = format.matches(hash, rawPassword);
        } catch (LegacyHashException e) {
            LegacyHashProblems.report(session, format.algorithm(), credential, e);
        } catch (RuntimeException e) {
            // Bouncy Castle refusing a value our reading let through: still a stored hash we cannot use.
            LegacyHashProblems.report(
                    session,
                    format.algorithm(),
                    credential,
                    LegacyHashException.malformed(
                            format.algorithm() + ": " + e.getClass().getSimpleName()));
        }
        return matches; // a refusal's time is evened out by the login form (FailurePace)
    }

    /** Only asked when a realm names this algorithm as its own: never re-hash into it, never away from it. */
    @Override
    public boolean policyCheck(PasswordPolicy policy, PasswordCredentialModel credential) {
        return policy != null && format.algorithm().equals(policy.getHashAlgorithm());
    }

    @Override
    public PasswordCredentialModel encodedCredential(String rawPassword, int iterations) {
        throw new ModelException("The " + format.algorithm()
                + " password hash only verifies imported legacy hashes; choose another hashAlgorithm for the realm");
    }

    @Override
    public void close() {}
}
