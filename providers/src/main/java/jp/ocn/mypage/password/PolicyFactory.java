package jp.ocn.mypage.password;

import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;

/** What our password policy factories share: an ID, a display name, one entry per realm policy. */
abstract class PolicyFactory implements PasswordPolicyProviderFactory, NoLifecycle<PasswordPolicyProvider> {

    private final String id;
    private final String displayName;

    PolicyFactory(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayName() {
        return displayName;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }
}
