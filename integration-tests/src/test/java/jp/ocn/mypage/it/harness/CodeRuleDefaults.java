package jp.ocn.mypage.it.harness;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that change the code rules ({@link CodeSteps#configure}): each test starts with the defaults and leaves
 * them behind. Register after {@link MyPageServerExtension}.
 */
public final class CodeRuleDefaults implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CodeSteps.configure(new AdminApi(MyPageServerExtension.server(context)), CodeSteps.DEFAULTS);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        beforeEach(context);
    }
}
