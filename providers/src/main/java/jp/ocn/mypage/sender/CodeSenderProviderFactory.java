package jp.ocn.mypage.sender;

import org.keycloak.provider.ProviderFactory;

/** Factories of {@link CodeSender}s: {@code twilio} or {@code dev-outbox}, exactly one supported at a time. */
public interface CodeSenderProviderFactory extends ProviderFactory<CodeSender> {}
