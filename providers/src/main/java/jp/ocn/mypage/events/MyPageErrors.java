package jp.ocn.mypage.events;

/**
 * The error codes our providers give Keycloak events, in one place (as Keycloak's {@code Errors}). All start
 * with {@code mypage_}; README's "Events" section says what each means.
 */
public final class MyPageErrors {

    /** Login: the input could never be a login ID (e.g. a connection ID): guidance shown. */
    public static final String WRONG_ID_KIND = "mypage_wrong_id_kind";
    /** Login: an ID nobody holds, "locked" after failures like a real one. */
    public static final String UNKNOWN_ID_LOCKED = "mypage_unknown_id_locked";
    /** Login: another sign-in of the same account was running; not counted as a failure. */
    public static final String SIGN_IN_BUSY = "mypage_sign_in_busy";
    /** Login: the contract is withdrawn (退会). */
    public static final String CONTRACT_WITHDRAWN = "mypage_contract_withdrawn";
    /** Login: the contract was cancelled and its read-only period is over. */
    public static final String CONTRACT_RETENTION_OVER = "mypage_contract_retention_over";
    /** One-time codes: the account locked while the code step was open. */
    public static final String CODE_USER_LOCKED = "mypage_code_user_locked";
    /** One-time codes: the code was sent for another purpose. */
    public static final String CODE_OTHER_PURPOSE = "mypage_code_other_purpose";
    /** One-time codes: the code expired. */
    public static final String CODE_EXPIRED = "mypage_code_expired";
    /** One-time codes: the phone the code went to is no longer a contact phone. */
    public static final String CODE_PHONE_GONE = "mypage_code_phone_gone";
    /** One-time codes: wrong code. */
    public static final String CODE_INVALID = "mypage_code_invalid";
    /** One-time codes: a send quota refused the send (detail {@code reason}). */
    public static final String CODE_QUOTA = "mypage_code_quota";
    /** One-time codes: the SMS/voice provider refused or failed (detail {@code provider_error}). */
    public static final String CODE_SEND_FAILED = "mypage_code_send_failed";
    /** Linking: attempt limit reached. */
    public static final String LINK_LIMITED = "mypage_link_limited";
    /** Linking: customer number and holder data do not match. */
    public static final String LINK_PROOF_FAILED = "mypage_link_proof_failed";
    /** Linking: the customer number is linked to an account that may not lose it. */
    public static final String LINK_ELSEWHERE = "mypage_link_elsewhere";
    /** Unlinking: the account's standing refuses it. */
    public static final String UNLINK_REFUSED_ACCOUNT = "mypage_unlink_refused_account";
    /** Unlinking: a corporate representative's last corporate number stays. */
    public static final String UNLINK_REPRESENTATIVE = "mypage_unlink_representative";
    /** Self-service unlock: the link is bad, expired or spent. */
    public static final String UNLOCK_LINK_INVALID = "mypage_unlock_link_invalid";
    /** Recovery by customer number: attempt limit reached. */
    public static final String RECOVERY_LIMITED = "mypage_recovery_limited";

    // Maintenance windows
    /** Sign-in or token refresh refused during a maintenance window (detail {@code mypage_maintenance_window}). */
    public static final String MAINTENANCE = "mypage_maintenance";

    // System-error route
    /** An unexpected error shown to a user with a reference code (detail {@code mypage_reference}). */
    public static final String SYSTEM_ERROR = "mypage_system_error";
    // dアカウント (d ACCOUNT) federation
    /** First sign-in with a dアカウント: the person has no OCN ID, so nothing is linked or created. */
    public static final String DACCOUNT_NO_OCN_ID = "mypage_daccount_no_ocn_id";
    /** Unlinking the dアカウント: the account has no dアカウント linked. */
    public static final String DACCOUNT_NOT_LINKED = "mypage_daccount_not_linked";

    // Legacy password hashes
    /** A stored legacy hash refused outside the login form (e.g. a password grant): detail {@code mypage_legacy_hash}. */
    public static final String LEGACY_HASH_REFUSED = "mypage_legacy_hash_refused";

    // Login restriction (ログイン制限)
    /** Sign-in, refresh or token exchange refused: the user restricted sign-in to their line, the address is outside. */
    public static final String LOGIN_RESTRICTED = "mypage_login_restricted";
    /** Turning the login restriction on refused: the account's customers have no line networks in the directory. */
    public static final String LOGIN_RESTRICTION_NO_NETWORKS = "mypage_login_restriction_no_networks";

    private MyPageErrors() {}
}
