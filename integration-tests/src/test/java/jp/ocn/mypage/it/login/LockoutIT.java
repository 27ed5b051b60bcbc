package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lockout after repeated failures. Before the lock, the generic wrong-password words; once locked, every attempt
 * gets the lock answer, whatever password was typed (the password is not checked). The attacks are in
 * {@code it/security}: LockedAccountIsNoPasswordOracleIT, LockAnswerRevealsNoAccountIT, SpacedGuessesDoNotDisableAccountIT.
 */
@ExtendWith(MyPageServerExtension.class)
class LockoutIT {

    private final Fixtures fx;

    LockoutIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void fiveSpacedWrongPasswordsLockTheIdAndThenRightAndWrongPasswordsGetTheSameLockAnswer() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String generic = fx.browser()
                .login("nobody-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1")
                .error();
        assertThat(generic).contains("正しくありません").contains("続けて間違えると");
        for (int i = 0; i < 5; i++) {
            Outcome wrong = fx.browser().login(account.username(), "Wrong-Password-" + i);
            assertThat(wrong.error()).isEqualTo(generic);
            Thread.sleep(1_100); // beyond the quick-login check, so it is the count of five that locks
        }
        Outcome lockedWrong = fx.browser().login(account.username(), "Wrong-Password-9");
        assertThat(lockedWrong.error())
                .contains("ロックされています")
                .contains("日本時間")
                .containsPattern("20[0-9]{2}/[01][0-9]/[0-3][0-9] [0-2][0-9]:[0-5][0-9]")
                .contains("パスワードを再設定")
                .contains("メールにあるリンク");

        Outcome lockedRight = fx.login(account);
        assertThat(lockedRight.signedIn()).isFalse();
        assertThat(lockedRight.error())
                .as("the right password learns nothing more")
                .isEqualTo(lockedWrong.error());
    }

    @Test
    void anOperatorUnlocksTheIdInTheAdminConsole() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        assertThat(fx.login(account).error()).contains("ロックされています");
        String id = fx.admin().userId(account.username());
        assertThat(fx.admin()
                        .call(
                                "DELETE",
                                fx.server().baseUrl() + "/admin/realms/" + KeycloakServer.REALM
                                        + "/attack-detection/brute-force/users/" + id,
                                null,
                                fx.admin().token())
                        .status())
                .isEqualTo(204);
        assertThat(fx.login(account).signedIn()).isTrue();
    }
}
