package jp.ocn.mypage.sdk.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/**
 * How strongly and how recently a user must have signed in for an operation (README "One-time codes, two-step
 * sign-in and step-up"): a level of authentication ({@code acr}; 2 = a one-time code) reached within a max age.
 * A max age of zero means a fresh code for every use: no token ever satisfies it, the operation always asks.
 */
public record StepUpRequirement(int level, Duration maxAge) {

    /** 通話明細: a fresh code every time (client {@code mypage-call-details}, flow {@code mypage browser fresh code}). */
    public static final StepUpRequirement CALL_DETAILS = new StepUpRequirement(2, Duration.ZERO);

    /** Payment method, cancellation, corporate changes: level 2 reached within 300 s. */
    public static final StepUpRequirement RISKY_OPERATION = new StepUpRequirement(2, Duration.ofSeconds(300));

    public StepUpRequirement {
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1");
        }
        Objects.requireNonNull(maxAge);
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("max age must not be negative");
        }
    }

    /** Whether the principal's sign-in is strong and recent enough ({@code acr} and {@code auth_time}). */
    public boolean isMetBy(MyPagePrincipal principal, Instant now) {
        if (principal.level() < level) {
            return false;
        }
        if (maxAge.isZero()) {
            return false;
        }
        return principal.authTime().map(t -> !now.isAfter(t.plus(maxAge))).orElse(false);
    }

    /** Whether the operation must send the user to step up first. */
    public boolean isNeededFor(MyPagePrincipal principal, Instant now) {
        return !isMetBy(principal, now);
    }
}
