package jp.ocn.mypage.events;

import org.keycloak.events.Details;

/**
 * The detail keys our providers add to Keycloak events, in one place (as Keycloak's {@link Details}).
 * Support searches the event log by these words: README's "Events" section lists each with its values.
 * Where Keycloak has a key for the same thing we use Keycloak's ({@link Details#CUSTOM_REQUIRED_ACTION},
 * {@link Details#CREDENTIAL_TYPE}, {@link Details#PREVIOUS_EMAIL}, {@link Details#UPDATED_EMAIL},
 * {@link Details#REASON}, {@link Details#USERNAME}).
 */
public final class MyPageDetails {

    /** Which kind of ID was typed on the login form: {@code ocn_mail}, {@code other_mail}, {@code connection_id} ... */
    public static final String LOGIN_ID_KIND = "login_id_kind";
    /** The account's contract status as the status gate saw it. */
    public static final String ACCOUNT_STATUS = "account_status";
    /** A customer number (never a name, birth date or postal code). */
    public static final String CUSTOMER_NUMBER = "customer_number";
    /** Whether the customer number exists, on a refused linking proof: always {@code hidden}. */
    public static final String CUSTOMER_KNOWN = "customer_known";
    /** Linking: {@code later} when the offer was put off. */
    public static final String LINK = "link";
    /** Linking: whether the customer number moved from another account. */
    public static final String MOVED = "moved";
    /** Linking: whether the notice mail went out. */
    public static final String MAIL = "mail";
    /** Linking: how many contact phones got the notice. */
    public static final String PHONE_NOTICES = "phone_notices";
    /** One-time codes: {@code sms}, {@code voice} or {@code none}. */
    public static final String CHANNEL = "channel";
    /** A masked phone number (last digits only). */
    public static final String PHONE = "phone";
    /** One-time codes: failed attempts so far. */
    public static final String FAILURES = "failures";
    /** The SMS/voice provider's error code when a send failed. */
    public static final String PROVIDER_ERROR = "provider_error";
    /** The SMS/voice provider's message ID when a send went out. */
    public static final String MESSAGE_ID = "message_id";
    /** Recovery by customer number: how many phones got a code (the job event). */
    public static final String SENT = "sent";
    /** Contact phone change: masked old and new number, and what became of the notice to the old one. */
    public static final String CONTACT_PHONE_OLD = "contact_phone_old";

    public static final String CONTACT_PHONE_NEW = "contact_phone_new";
    public static final String OLD_PHONE_NOTICE = "old_phone_notice";
    /** Two-step sign-in switched {@code on} or {@code off}. */
    public static final String TWO_STEP = "two_step";
    /** Mail change: {@code link_sent}. */
    public static final String MAIL_CHANGE = "mail_change";
    /** Security notice: {@code closed} or {@code dismissed}. */
    public static final String SECURITY_NOTICE = "security_notice";
    /** Password-age prompt: {@code change_now} or {@code later}. */
    public static final String PASSWORD_AGE = "password_age";
    /** Self-service unlock: {@code self_service}, {@code bad_link}, {@code link_spent}. */
    public static final String UNLOCK = "mypage_unlock";
    /** Recovery by customer number: {@code limited}, {@code matched}, {@code no_match}, {@code verified}. */
    public static final String RECOVERY = "mypage_recovery";
    /** Recovery by customer number: the attempt's ID, shared by the form event and the job event. */
    public static final String RECOVERY_ATTEMPT = "mypage_recovery_attempt";
    /** Admin events of the directory API: {@code read}, {@code patch}, {@code import}. */
    public static final String DIRECTORY_ACCESS = "mypage_directory";

    // Maintenance windows
    /** The maintenance window (its ID) under way at a refused or operator sign-in. */
    public static final String MAINTENANCE_WINDOW = "mypage_maintenance_window";
    /** {@code operator}: a member of realm role mypage-operator signed in during a maintenance window. */
    public static final String MAINTENANCE = "mypage_maintenance";

    // System-error route
    /** The reference code shown to the user on an unexpected-error page (also in the server log line). */
    public static final String SYSTEM_ERROR_REFERENCE = "mypage_reference";

    // Login history
    /** The browser's user agent (cut at 250 characters) on sign-in events; the history shows the parsed device. */
    public static final String USER_AGENT = "user_agent";
    /** How a sign-in step was proven: {@code password}, {@code sms} or {@code voice}. */
    public static final String SIGN_IN_METHOD = "mypage_sign_in_method";
    /** 「身に覚えのないログインがある場合」 on the login history page: how many other sessions ended. */
    public static final String NOT_ME = "mypage_not_me";

    // Alerts
    /** A sign-in from a browser new to the account: {@code mail_sent} or {@code mail_not_sent}. */
    public static final String NEW_DEVICE = "mypage_new_device";
    /** ログインアラート settings: {@code link_sent}, {@code confirmed} or {@code stopped}. */
    public static final String LOGIN_ALERT = "mypage_login_alert";
    // Corporate administration (admin events of the corporate API, resource type MYPAGE_CORPORATE).
    /** What a corporate administrator did or tried: {@code members_read}, {@code roles}, {@code disable} ... */
    public static final String CORPORATE_ACTION = "mypage_corporate";
    /** Its outcome: {@code success}, {@code pending}, or the refusal's error code. */
    public static final String CORPORATE_RESULT = "mypage_corporate_result";
    /** The request ID the corporation's own audit row carries too. */
    public static final String CORPORATE_REQUEST = "mypage_corporate_request";

    // dアカウント (d ACCOUNT) federation: values of Keycloak's detail {@code reason} on IDENTITY_PROVIDER_LOGIN_ERROR
    /** The person declined consent at d ACCOUNT ({@code error=access_denied}). */
    public static final String DACCOUNT_CONSENT_DENIED = "daccount_consent_denied";
    /** d ACCOUNT answered the authorization request with another error. */
    public static final String DACCOUNT_ERROR_RESPONSE = "daccount_error_response";
    /** The callback's state fits no sign-in of this browser (forged, replayed or expired). */
    public static final String DACCOUNT_BAD_STATE = "daccount_bad_state";
    /** The token endpoint answered with an error, could not be reached, or did not answer in time (server log says which). */
    public static final String DACCOUNT_TOKEN_ENDPOINT = "daccount_token_endpoint";
    /** The ID token is unsigned ({@code alg} {@code none}). */
    public static final String DACCOUNT_UNSIGNED = "daccount_unsigned";
    /** The ID token is signed with an algorithm not configured. */
    public static final String DACCOUNT_ALGORITHM_REFUSED = "daccount_algorithm_refused";
    /** The ID token's signature does not verify. */
    public static final String DACCOUNT_BAD_SIGNATURE = "daccount_bad_signature";
    /** The ID token's nonce is not the one this sign-in sent. */
    public static final String DACCOUNT_NONCE_MISMATCH = "daccount_nonce_mismatch";
    /** The ID token is otherwise invalid: another issuer or audience, expired, or not parseable. */
    public static final String DACCOUNT_ID_TOKEN_INVALID = "daccount_id_token_invalid";
    // Legacy password hashes (accounts moved in with the old system's hash)
    /** A stored legacy hash refused at sign-in without being computed: {@code malformed} or {@code over_cost}. */
    public static final String LEGACY_HASH = "mypage_legacy_hash";

    // Login restriction (ログイン制限)
    /** What the restriction did: {@code on}, {@code off}, {@code lifted} (at sign-in, after a code), {@code outside}. */
    public static final String LOGIN_RESTRICTION = "mypage_login_restriction";

    private MyPageDetails() {}
}
