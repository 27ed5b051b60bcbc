package jp.ocn.mypage.alerts;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.history.DeviceNames;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import jp.ocn.mypage.support.FormStepAuthenticator;
import jp.ocn.mypage.support.Setting;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * After a successful sign-in: a browser this account has not used before (no device cookie, or one the account does
 * not know) gets a long-lived device cookie, and the account a mail saying when, from which address and device, and
 * what to do if it was not them. The same browser signing in again gets no mail. Realm attribute
 * {@code mypage.alerts.newDeviceMail} ({@code true} in realm-config) switches it on.
 */
final class NewDeviceNotice extends FormStepAuthenticator {

    static final String COOKIE = "MYPAGE_DEVICE";
    static final String SWITCH = "mypage.alerts.newDeviceMail";
    /** Browsers cap cookie lifetimes at 400 days. */
    static final int COOKIE_SECONDS = 400 * 24 * 3600;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        if (Setting.realmFlag(realm, SWITCH)) {
            KeycloakSession session = context.getSession();
            String deviceId = cookie(session);
            if (!KnownDevices.knows(user, deviceId)) {
                if (deviceId == null) {
                    deviceId = newDeviceId();
                    setCookie(session, realm, deviceId);
                }
                // A browser whose cookie another account set keeps it: two people sharing one browser would otherwise
                // replace each other's cookie and each get a new-device mail at every sign-in.
                KnownDevices.remember(user, deviceId);
                boolean sent = NoticeMail.send(session, realm, user, Notice.NEW_DEVICE, attributes(context));
                context.getEvent().detail(MyPageDetails.NEW_DEVICE, sent ? "mail_sent" : "mail_not_sent");
            }
        }
        context.success();
    }

    private static Map<String, Object> attributes(AuthenticationFlowContext context) {
        HttpHeaders headers = context.getSession().getContext().getRequestHeaders();
        return Map.of(
                "when", WHEN.format(ZonedDateTime.now(ZoneId.of("Asia/Tokyo"))),
                "ip", String.valueOf(context.getConnection().getRemoteAddr()),
                "device",
                        DeviceNames.describe(headers == null ? null : headers.getHeaderString(HttpHeaders.USER_AGENT)));
    }

    private static String cookie(KeycloakSession session) {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        Cookie cookie = headers == null ? null : headers.getCookies().get(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static String newDeviceId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void setCookie(KeycloakSession session, RealmModel realm, String deviceId) {
        boolean https =
                "https".equals(session.getContext().getUri().getBaseUri().getScheme());
        session.getContext()
                .getHttpResponse()
                .setCookieIfAbsent(new NewCookie.Builder(COOKIE)
                        .value(deviceId)
                        .path("/realms/" + realm.getName() + "/")
                        .maxAge(COOKIE_SECONDS)
                        .httpOnly(true)
                        .secure(https)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
