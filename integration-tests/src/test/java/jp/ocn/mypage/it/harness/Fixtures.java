package jp.ocn.mypage.it.harness;

import jp.ocn.mypage.testsupport.TwilioStub;

/** What an integration test talks to, injected as one constructor parameter by {@link MyPageServerExtension}. */
public record Fixtures(KeycloakServer server, AdminApi admin, TwilioStub twilio, MailCatcher mail) {}
