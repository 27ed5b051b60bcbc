package jp.ocn.mypage.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class TestSwitchTest {

    @Test
    void theJvmOptionAloneSwitchesNothingOnWithoutTheDevOutbox() {
        assumeTrue(System.getenv(TestSwitch.DEV_OUTBOX) == null, "runs where codes are not written to a file");
        String before = System.getProperty(TestSwitch.PROPERTY);
        System.setProperty(TestSwitch.PROPERTY, "true");
        try {
            assertThat(TestSwitch.on()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(TestSwitch.PROPERTY);
            } else {
                System.setProperty(TestSwitch.PROPERTY, before);
            }
        }
    }

    @Test
    void withoutTheJvmOptionNothingIsSwitchedOn() {
        assumeTrue(System.getProperty(TestSwitch.PROPERTY) == null);
        assertThat(TestSwitch.on()).isFalse();
    }
}
