package jp.ocn.mypage.otp;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.support.FailureWindow;
import jp.ocn.mypage.support.Slots;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Resend cooldown and send quotas against SMS pumping, kept in Keycloak's single-use object store so they
 * hold across a cluster. A quota of N per window is N slots, each claimed with an atomic putIfAbsent before the
 * send (found in O(log N) store reads, see {@link Slots}); a window is a fixed period (10 minutes, an hour, a
 * Japanese calendar day). Keys hold hashes, never phone numbers.
 */
final class SendQuota {

    /** Why a send was refused and when the caller may try again. */
    record Refusal(String reason, long retryAtEpochSecond) {}

    private static final long TEN_MINUTES = 600;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long JST_OFFSET = 9 * HOUR;

    private final SingleUseObjectProvider store;
    private final PhoneCodeConfig config;

    SendQuota(SingleUseObjectProvider store, PhoneCodeConfig config) {
        this.store = store;
        this.config = config;
    }

    Optional<Refusal> claim(String e164, String userId, String ip, Instant now) {
        long t = now.getEpochSecond();
        String number = FailureWindow.digest(e164);
        Optional<Refusal> refusal = cooldown(number, t);
        if (refusal.isEmpty()) {
            refusal = claimSender(userId, ip, now).or(() -> claimNumber(e164, now));
        }
        return refusal;
    }

    /** The quotas of who asks: per client address per hour, per account per Japanese day. */
    Optional<Refusal> claimSender(String userId, String ip, Instant now) {
        long t = now.getEpochSecond();
        return window("ip:" + FailureWindow.digest(ip), config.perIpPerHour(), HOUR, 0, t, "ip")
                .or(() -> window("user:" + userId, config.perAccountPerDay(), DAY, JST_OFFSET, t, "account"));
    }

    /** The quotas of one phone number: resend cooldown, per 10 minutes, per Japanese day. */
    Optional<Refusal> claimNumber(String e164, Instant now) {
        long t = now.getEpochSecond();
        String number = FailureWindow.digest(e164);
        return window("num10:" + number, config.perNumberPer10Minutes(), TEN_MINUTES, 0, t, "number")
                .or(() -> window("numday:" + number, config.perNumberPerDay(), DAY, JST_OFFSET, t, "number_daily"));
    }

    /** A send that failed must not hold the number: the user may try the other channel at once. */
    void releaseCooldown(String e164) {
        String key = "mypage-code-cooldown:" + FailureWindow.digest(e164);
        store.remove(key);
        store.remove(key + ":until");
    }

    private Optional<Refusal> cooldown(String number, long t) {
        if (config.resendCooldownSeconds() == 0) {
            return Optional.empty();
        }
        String key = "mypage-code-cooldown:" + number;
        if (store.putIfAbsent(key, config.resendCooldownSeconds())) {
            store.put(
                    key + ":until",
                    config.resendCooldownSeconds(),
                    Map.of("until", Long.toString(t + config.resendCooldownSeconds())));
            return Optional.empty();
        }
        Map<String, String> until = store.get(key + ":until");
        long retryAt = until == null ? t + config.resendCooldownSeconds() : Long.parseLong(until.get("until"));
        return Optional.of(new Refusal("cooldown", retryAt));
    }

    private Optional<Refusal> window(String scope, int limit, long length, long offset, long t, String reason) {
        long index = (t + offset) / length;
        long end = (index + 1) * length - offset;
        String slot = Slots.claim(store, "mypage-code-quota:" + scope + ":" + index + ":", limit, end - t + 60);
        return slot != null ? Optional.empty() : Optional.of(new Refusal(reason, end));
    }
}
