package jp.ocn.mypage.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.LogoutRequest;
import org.junit.jupiter.api.Test;

class PortalSessionsTest {

    private final PortalSessions sessions = new PortalSessions();

    @Test
    void aCallbackIsAcceptedOnceOnlyAndOnlyInTheBrowserThatStartedIt() {
        String state = sessions.expect("browser-a", PortalSessions.Purpose.SIGN_IN, "n", Pkce.create());
        assertThat(sessions.take(state, "browser-b", PortalSessions.Purpose.SIGN_IN))
                .as("another browser (login CSRF)")
                .isEmpty();
        String again = sessions.expect("browser-a", PortalSessions.Purpose.SIGN_IN, "n", Pkce.create());
        assertThat(sessions.take(again, "browser-a", PortalSessions.Purpose.CALL_DETAILS))
                .as("another purpose")
                .isEmpty();
        String third = sessions.expect("browser-a", PortalSessions.Purpose.SIGN_IN, "n", Pkce.create());
        assertThat(sessions.take(third, "browser-a", PortalSessions.Purpose.SIGN_IN))
                .isPresent();
        assertThat(sessions.take(third, "browser-a", PortalSessions.Purpose.SIGN_IN))
                .as("replayed")
                .isEmpty();
    }

    @Test
    void aSignInGetsANewBrowserIdAndTheOldOneIsForgotten() {
        String first = sessions.start(null, principal("sub-1", "sid-1"), "id-token", "access-token");
        String second = sessions.start(first, principal("sub-1", "sid-2"), "id-token", "access-token");
        assertThat(second).isNotEqualTo(first);
        assertThat(sessions.find(first)).isEmpty();
        assertThat(sessions.find(second)).isPresent();
    }

    @Test
    void aBackChannelLogoutEndsOnlyTheSessionsItNames() {
        String taro = sessions.start(null, principal("sub-1", "sid-1"), "t", "a");
        String taroElsewhere = sessions.start(null, principal("sub-1", "sid-2"), "t", "a");
        String hanako = sessions.start(null, principal("sub-2", "sid-3"), "t", "a");
        assertThat(sessions.end(new LogoutRequest(Optional.of("sid-1"), Optional.of("sub-1"))))
                .isEqualTo(1);
        assertThat(sessions.find(taro)).isEmpty();
        assertThat(sessions.find(taroElsewhere)).isPresent();
        assertThat(sessions.end(new LogoutRequest(Optional.empty(), Optional.of("sub-1"))))
                .isEqualTo(1);
        assertThat(sessions.find(hanako)).isPresent();
    }

    @Test
    void pagesEscapeWhatTheyShow() {
        assertThat(Pages.esc("<script>\"&'")).isEqualTo("&lt;script&gt;&quot;&amp;&#39;");
        String page =
                Pages.top(new PortalSessions.Session(principal("s", "sid"), "t", "a", "csrf"), Instant.now(), null);
        assertThat(page).contains("&lt;b&gt;@ocn.ne.jp").doesNotContain("<b>@");
    }

    static MyPagePrincipal principal(String sub, String sid) {
        return new MyPagePrincipal(
                sub,
                "<b>@ocn.ne.jp",
                List.of(),
                List.of(),
                ContractStatus.ACTIVE,
                Optional.empty(),
                "1",
                List.of("pwd"),
                Optional.empty(),
                false,
                Optional.of(sid),
                Optional.of("mypage-portal"),
                Instant.now(),
                Instant.now().plusSeconds(300));
    }
}
