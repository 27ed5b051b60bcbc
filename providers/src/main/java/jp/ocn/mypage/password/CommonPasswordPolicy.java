package jp.ocn.mypage.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** {@code mypage-common-passwords}: not one of the 30,000 most common passwords, whole or without trailing digits/symbols. */
public final class CommonPasswordPolicy implements PasswordPolicyProvider {

    public static final String ID = "mypage-common-passwords";

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate((String) null, password);
    }

    @Override
    public PolicyError validate(String user, String password) {
        return CommonPasswords.isCommon(password) ? new PolicyError("mypagePasswordCommon") : null;
    }

    @Override
    public Object parseConfig(String value) {
        return value;
    }

    @Override
    public void close() {}

    public static final class Factory extends PolicyFactory {

        private static final CommonPasswordPolicy POLICY = new CommonPasswordPolicy();

        public Factory() {
            super(ID, "MyPage: not a common password");
        }

        @Override
        public PasswordPolicyProvider create(KeycloakSession session) {
            return POLICY;
        }

        @Override
        public String getConfigType() {
            return null;
        }

        @Override
        public String getDefaultConfigValue() {
            return null;
        }

        @Override
        public void postInit(org.keycloak.models.KeycloakSessionFactory factory) {
            // Load the list at start-up, not during somebody's password change.
            CommonPasswords.size();
        }
    }
}
