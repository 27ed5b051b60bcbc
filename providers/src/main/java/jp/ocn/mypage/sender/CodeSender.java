package jp.ocn.mypage.sender;

import org.keycloak.provider.Provider;

/**
 * Delivers one-time codes and notices by SMS or voice call. Implementations never throw: every failure, including a
 * refused destination, comes back as a failed {@link SendOutcome}, promptly (no retries, short timeouts).
 */
public interface CodeSender extends Provider {

    SendOutcome send(PhoneMessage message);

    @Override
    default void close() {}
}
