package jp.ocn.mypage.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.TestCustomers;
import jp.ocn.mypage.sender.Channel;
import org.junit.jupiter.api.Test;

class PhoneCodeRulesTest {

    @Test
    void phonesAreMaskedAsCustomersKnowThem() {
        assertThat(ChoosablePhone.mask("+819012345678")).isEqualTo("090-****-5678");
        assertThat(ChoosablePhone.mask("+81312345678")).isEqualTo("03-****-5678");
    }

    @Test
    void mobilesOfferBothMethodsAndLandlinesOnlyTheCallAndDuplicatesAppearOnce() {
        Customer a = TestCustomers.taro(
                List.of(),
                List.of(
                        new ContactPhone("+819012345678", ContactPhone.LineType.MOBILE),
                        new ContactPhone("+81312345678", ContactPhone.LineType.LANDLINE)));
        Customer b =
                TestCustomers.taro(List.of(), List.of(new ContactPhone("+819012345678", ContactPhone.LineType.MOBILE)));
        List<ChoosablePhone> phones = ChoosablePhone.of(List.of(a, b));
        assertThat(phones).hasSize(2);
        assertThat(phones.get(0).channels()).containsExactly(Channel.SMS, Channel.VOICE);
        assertThat(phones.get(1).channels()).containsExactly(Channel.VOICE);
    }

    @Test
    void typedCodesAcceptFullWidthDigitsSpacesAndHyphensOnly() {
        assertThat(CodeConversation.digits("１２３４５６")).isEqualTo("123456");
        assertThat(CodeConversation.digits(" 123-456 ")).isEqualTo("123456");
        assertThat(CodeConversation.digits("12345")).isNull();
        assertThat(CodeConversation.digits("12345a")).isNull();
        assertThat(CodeConversation.digits(null)).isNull();
        assertThat(CodeConversation.digits("1".repeat(100))).isNull();
    }

    @Test
    void configValuesOutOfBoundsFallBackToTheSafeDefault() {
        org.keycloak.models.AuthenticatorConfigModel model = new org.keycloak.models.AuthenticatorConfigModel();
        model.setConfig(Map.of(
                PhoneCodeConfig.LIFETIME, "900", PhoneCodeConfig.MAX_FAILURES, "abc", PhoneCodeConfig.COOLDOWN, "120"));
        PhoneCodeConfig config = PhoneCodeConfig.of(model);
        assertThat(config.lifetimeSeconds()).isEqualTo(300);
        assertThat(config.maxFailures()).isEqualTo(5);
        assertThat(config.resendCooldownSeconds()).isEqualTo(120);
        assertThat(PhoneCodeConfig.of(null)).isEqualTo(PhoneCodeConfig.DEFAULTS);
    }

    @Test
    void codesAreSixDigits() {
        for (int i = 0; i < 1000; i++) {
            assertThat(CodeHasher.newCode()).matches("[0-9]{6}");
        }
    }
}
