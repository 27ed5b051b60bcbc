package jp.ocn.mypage.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/** One sign-in or failed attempt as the customer sees it (design.md's login-history entry). */
record LoginHistoryEntry(String time, String client, String ip, String device, String method, String result) {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    static LoginHistoryEntry of(Event event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        return new LoginHistoryEntry(
                Instant.ofEpochMilli(event.getTime())
                        .atZone(JST)
                        .toOffsetDateTime()
                        .toString(),
                event.getClientId(),
                event.getIpAddress(),
                DeviceNames.describe(details.get(MyPageDetails.USER_AGENT)),
                method(details),
                event.getType() == EventType.LOGIN ? "success" : "failure");
    }

    /** d ACCOUNT when brokered, else the code channel when a code was the last step, else the password. */
    static String method(Map<String, String> details) {
        if (details.get(Details.IDENTITY_PROVIDER) != null) {
            return "daccount";
        }
        String method = details.get(MyPageDetails.SIGN_IN_METHOD);
        return "sms".equals(method) || "voice".equals(method) ? method : "password";
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", time);
        json.put("client", client);
        json.put("ip", ip);
        json.put("device", device);
        json.put("method", method);
        json.put("result", result);
        return json;
    }
}
