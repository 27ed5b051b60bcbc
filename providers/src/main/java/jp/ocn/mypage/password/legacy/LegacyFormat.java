package jp.ocn.mypage.password.legacy;

import org.keycloak.models.credential.PasswordCredentialModel;

/** One legacy algorithm: reading a stored credential (cheap, bounded) and checking a password against it. */
interface LegacyFormat<H> {

    /** Keycloak's algorithm id, as in {@code credentialData.algorithm}. */
    String algorithm();

    /** The credential's hash, or why it must never be computed. Never hashes anything. */
    H read(PasswordCredentialModel credential, LegacyHashLimits limits) throws LegacyHashException;

    /** Whether the password gives the stored hash (constant-time comparison). */
    boolean matches(H hash, String password);
}
