package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DevOutboxStartupTest {

    @Test
    void aProductionStartWithNoOutboxSetIsRefusedNamingBothVariables() {
        assertThat(DevOutboxCodeSenderFactory.productionRefusal(Map.<String, String>of()::get, false))
                .contains("MYPAGE_TWILIO_ACCOUNT_SID", "MYPAGE_DEV_OUTBOX");
        assertThat(DevOutboxCodeSenderFactory.productionRefusal(Map.of("MYPAGE_DEV_OUTBOX", "  ")::get, false))
                .isNotNull();
    }

    @Test
    void anExplicitOutboxOrTheDevCommandMayStart() {
        assertThat(DevOutboxCodeSenderFactory.productionRefusal(
                        Map.of("MYPAGE_DEV_OUTBOX", "/tmp/o.jsonl")::get, false))
                .isNull();
        assertThat(DevOutboxCodeSenderFactory.productionRefusal(Map.<String, String>of()::get, true))
                .isNull();
    }
}
