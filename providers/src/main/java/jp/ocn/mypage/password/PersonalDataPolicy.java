package jp.ocn.mypage.password;

import java.util.List;
import java.util.Set;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/**
 * {@code mypage-personal-data}: no OCN ID local part, customer number, contact phone digits or birth date
 * (from the customers linked to the account) inside the password.
 */
public final class PersonalDataPolicy implements PasswordPolicyProvider {

    public static final String ID = "mypage-personal-data";
    private final KeycloakSession session;

    PersonalDataPolicy(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        if (user == null) {
            return null;
        }
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        Set<String> items = PersonalData.of(
                user.getUsername(),
                user.getEmail(),
                directory == null ? List.of() : directory.linkedCustomers(realm, user.getId()));
        return PersonalData.found(password, items) == null ? null : new PolicyError("mypagePasswordPersonalData");
    }

    @Override
    public PolicyError validate(String user, String password) {
        return PersonalData.found(password, PersonalData.of(user, null, List.of())) == null
                ? null
                : new PolicyError("mypagePasswordPersonalData");
    }

    @Override
    public Object parseConfig(String value) {
        return value;
    }

    @Override
    public void close() {}

    public static final class Factory extends PolicyFactory {

        public Factory() {
            super(ID, "MyPage: no personal data (OCN ID, customer number, phone, birth date)");
        }

        @Override
        public PasswordPolicyProvider create(KeycloakSession session) {
            return new PersonalDataPolicy(session);
        }

        @Override
        public String getConfigType() {
            return null;
        }

        @Override
        public String getDefaultConfigValue() {
            return null;
        }
    }
}
