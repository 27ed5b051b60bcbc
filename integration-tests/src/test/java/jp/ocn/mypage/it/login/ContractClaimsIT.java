package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The claims every MyPage module relies on, in ID token, access token and userinfo. */
@ExtendWith(MyPageServerExtension.class)
class ContractClaimsIT {

    private final Fixtures fx;

    ContractClaimsIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void taroGetsHisContractClaimsInEveryTokenAndInUserinfo() throws Exception {
        JsonNode tokens = fx.browser().signIn("taro.yamada@ocn.ne.jp", LoginClient.DEMO_PASSWORD);
        for (String token : List.of("id_token", "access_token")) {
            JWTClaimsSet claims = LoginClient.claims(tokens.get(token).asText());
            assertThat(claims.getStringClaim("ocn_id")).as(token).isEqualTo("taro.yamada@ocn.ne.jp");
            assertThat(claims.getStringListClaim("customer_numbers")).as(token).containsExactly("N123456789");
            assertThat(claims.getStringClaim("account_status")).as(token).isEqualTo("active");
            List<Object> contracts = claims.getListClaim("contracts");
            assertThat(contracts).as(token).hasSize(1);
            @SuppressWarnings("unchecked")
            Map<String, Object> contract = (Map<String, Object>) contracts.get(0);
            assertThat(contract)
                    .containsEntry("customer_number", "N123456789")
                    .containsEntry("service", "OCN 光")
                    .containsEntry("status", "active");
        }
        JsonNode userinfo = JsonHttp.send(
                        HttpRequest.newBuilder(URI.create(fx.server().realmUrl() + "/protocol/openid-connect/userinfo"))
                                .header(
                                        "Authorization",
                                        "Bearer " + tokens.get("access_token").asText())
                                .GET())
                .json();
        assertThat(userinfo.get("ocn_id").asText()).isEqualTo("taro.yamada@ocn.ne.jp");
        assertThat(userinfo.get("account_status").asText()).isEqualTo("active");
        assertThat(userinfo.get("customer_numbers").get(0).asText()).isEqualTo("N123456789");
        assertThat(userinfo.get("contracts").get(0).get("service").asText()).isEqualTo("OCN 光");
    }

    @Test
    void theCorporateRepresentativeSeesBothContractsOfTheCorporation() throws Exception {
        JWTClaimsSet claims = LoginClient.claims(fx.browser()
                .signIn("daihyo@shoji.example.jp", LoginClient.DEMO_PASSWORD)
                .get("access_token")
                .asText());
        assertThat(claims.getStringListClaim("customer_numbers")).containsExactly("N678901234");
        assertThat(claims.getListClaim("contracts")).hasSize(2);
        assertThat(claims.getStringClaim("account_status")).isEqualTo("active");
    }

    @Test
    void anAccountWithoutCustomerNumberIsUnregisteredAndSignsIn() throws Exception {
        LoginClient client = fx.browser();
        // Jiro is offered linking after sign-in (CustomerLinkIT); 後で登録する lets him in unregistered.
        LoginClient.Outcome in =
                client.laterForLinkOffer(client.login("jiro.sato@ocn.ne.jp", LoginClient.DEMO_PASSWORD));
        assertThat(in.signedIn()).isTrue();
        JWTClaimsSet claims =
                LoginClient.claims(client.tokens(in.code()).get("id_token").asText());
        assertThat(claims.getStringClaim("account_status")).isEqualTo("unregistered");
        assertThat(claims.getStringListClaim("customer_numbers")).isEmpty();
        assertThat(claims.getListClaim("contracts")).isEmpty();
    }

    @Test
    void theUnlinkedCustomerNumberOfJiroDoesNotSignAnyoneIn() {
        LoginClient.Outcome outcome = fx.browser().login("N345678901", LoginClient.DEMO_PASSWORD);
        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.error()).contains("正しくありません");
    }
}
