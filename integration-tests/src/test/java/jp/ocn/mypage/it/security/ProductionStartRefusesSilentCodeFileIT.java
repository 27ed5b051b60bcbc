package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.DistributionCopy;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator forgets the Twilio settings in production: codes must not quietly go to a file on the server (where
 * anyone with a shell reads them). {@code kc.sh start} with neither Twilio nor an explicit dev outbox refuses.
 */
@ExtendWith(MyPageServerExtension.class)
class ProductionStartRefusesSilentCodeFileIT {

    private final Fixtures fx;

    ProductionStartRefusesSilentCodeFileIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aProductionStartWithNeitherTwilioNorADevOutboxRefusesNamingBothVariables() {
        DistributionCopy.StartAttempt attempt = fx.server()
                .startCopy(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        assertThat(attempt.ready()).as(attempt.output()).isFalse();
        assertThat(attempt.exitCode()).isNotZero();
        assertThat(attempt.output())
                .contains("MYPAGE_TWILIO_ACCOUNT_SID")
                .contains("MYPAGE_DEV_OUTBOX")
                .contains("refuses to start");
    }
}
