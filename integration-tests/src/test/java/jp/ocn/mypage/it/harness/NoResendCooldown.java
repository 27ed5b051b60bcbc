package jp.ocn.mypage.it.harness;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that send several codes to one number: the resend cooldown is off during each test, and the realm's
 * code rules are back to their defaults after it. Register after {@link MyPageServerExtension}.
 */
public final class NoResendCooldown implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CodeSteps.configure(admin(context), Map.of("resendCooldownSeconds", "0"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CodeSteps.configure(admin(context), CodeSteps.DEFAULTS);
    }

    private static AdminApi admin(ExtensionContext context) {
        return new AdminApi(MyPageServerExtension.server(context));
    }
}
