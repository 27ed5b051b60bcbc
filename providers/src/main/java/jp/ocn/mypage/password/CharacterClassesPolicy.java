package jp.ocn.mypage.password;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** {@code mypage-character-classes(N)}: at least N of upper case, lower case, digits and symbols (default 3). */
public final class CharacterClassesPolicy implements PasswordPolicyProvider {

    public static final String ID = "mypage-character-classes";
    private final KeycloakSession session;

    CharacterClassesPolicy(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        Integer required = realm == null ? null : realm.getPasswordPolicy().getPolicyConfig(ID);
        int n = required == null ? 3 : required;
        return CharacterClasses.count(password) >= n ? null : new PolicyError("mypagePasswordCharacterClasses", n);
    }

    @Override
    public PolicyError validate(String user, String password) {
        return validate(session.getContext().getRealm(), null, password);
    }

    @Override
    public Object parseConfig(String value) {
        int n = parseInteger(value, 3);
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("mypage-character-classes takes 1 to 4");
        }
        return n;
    }

    @Override
    public void close() {}

    public static final class Factory extends PolicyFactory {

        public Factory() {
            super(ID, "MyPage: character kinds (of upper, lower, digits, symbols)");
        }

        @Override
        public PasswordPolicyProvider create(KeycloakSession session) {
            return new CharacterClassesPolicy(session);
        }

        @Override
        public String getConfigType() {
            return PasswordPolicyProvider.INT_CONFIG_TYPE;
        }

        @Override
        public String getDefaultConfigValue() {
            return "3";
        }
    }
}
