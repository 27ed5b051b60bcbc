package jp.ocn.mypage.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Our notice mails. Each one's names follow one scheme from its {@code what}: templates
 * {@code email/html/mypage-<what>.ftl} and {@code email/text/mypage-<what>.ftl} in the {@code mypage} email theme,
 * subject key {@code mypage<What>Subject} (e.g. {@code customer-linked} → {@code mypageCustomerLinkedSubject}).
 * A new notice is a new constant here plus its two templates and messages.
 */
public enum Notice {
    /** To the account that linked a customer number ({@code customerNumber}). */
    CUSTOMER_LINKED("customer-linked"),
    /** To the owner of a customer number somebody else tried to link ({@code customerNumber}). */
    CUSTOMER_LINK_TRIED("customer-link-tried"),
    /** To the previous owner of a customer number that moved to another account ({@code customerNumber}). */
    CUSTOMER_LINK_MOVED("customer-link-moved"),
    /** The account locked, with a self-service unlock link ({@code link}, {@code minutes}). */
    LOCKED("locked"),
    /** The password was changed or reset ({@code username}). */
    PASSWORD_CHANGED("password-changed"),
    /** To the address being replaced by a mail change ({@code newEmailMasked}). */
    MAIL_CHANGED("mail-changed"),
    /** A sign-in from a browser the account had not used before ({@code when}, {@code ip}, {@code device}). */
    NEW_DEVICE("new-device"),
    /** To an address chosen for ログインアラート: the link that confirms it ({@code link}, {@code minutes}). */
    LOGIN_ALERT_CONFIRM("login-alert-confirm"),
    /** ログインアラート, to the confirmed address at every sign-in ({@code when}, {@code ip}, {@code device}, {@code client}). */
    LOGIN_ALERT("login-alert"),
    /** A dアカウント was linked with the account. */
    DACCOUNT_LINKED("daccount-linked"),
    /** The account's dアカウント link was ended. */
    DACCOUNT_UNLINKED("daccount-unlinked");

    private final String what;

    Notice(String what) {
        this.what = what;
    }

    public String template() {
        return "mypage-" + what + ".ftl";
    }

    public String subjectKey() {
        return "mypage"
                + Arrays.stream(what.split("-"))
                        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                        .collect(Collectors.joining())
                + "Subject";
    }
}
