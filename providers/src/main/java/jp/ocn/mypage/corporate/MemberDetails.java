package jp.ocn.mypage.corporate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.sender.PhoneMask;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * One member as its administrator sees it when it cannot sign in: the list's fields (state, last sign-in ...) and its
 * second factor: the phones codes go to (masked) and whether codes reach them: {@code none} (no phone that can get a
 * code), {@code failing} (the newest code to it could not be sent), {@code working} (a sign-in with a code succeeded
 * since), {@code unused}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MemberDetails(
        @JsonUnwrapped MemberView member, List<String> phones, String secondFactor, String lastCodeSignIn) {

    private static final int EVENTS_READ = 50;

    static MemberDetails of(CorporateRequest request, Corporation corporation, CorporateMember member, UserModel user) {
        MemberView view = MemberView.of(
                        request.session(),
                        request.realm(),
                        member,
                        request.corporations().now())
                .orElseThrow();
        List<String> phones = phones(request, corporation, member);
        Optional<Event> lastCode = lastCodeEvent(request, user);
        String state;
        if (phones.isEmpty()) {
            state = "none";
        } else if (lastCode.isEmpty()) {
            state = "unused";
        } else {
            state = lastCode.get().getError() == null ? "working" : "failing";
        }
        return new MemberDetails(
                view,
                phones.stream().map(PhoneMask::mask).toList(),
                state,
                lastCode.filter(e -> e.getError() == null)
                        .map(e -> Instant.ofEpochMilli(e.getTime()).toString())
                        .orElse(null));
    }

    /** A user ID's own mobile; the representative's are the contract's contact phones. */
    private static List<String> phones(CorporateRequest request, Corporation corporation, CorporateMember member) {
        if (!member.representative()) {
            return member.phoneE164() == null ? List.of() : List.of(member.phoneE164());
        }
        return request
                .session()
                .getProvider(CustomerDirectoryProvider.class)
                .findByNumber(request.realm(), corporation.customerNumber())
                .map(Customer::contactPhones)
                .orElse(List.of())
                .stream()
                .map(ContactPhone::e164)
                .toList();
    }

    /** The newest sign-in proven by a code, or the newest code that could not be sent, whichever came last. */
    private static Optional<Event> lastCodeEvent(CorporateRequest request, UserModel user) {
        EventStoreProvider events = request.session().getProvider(EventStoreProvider.class);
        if (events == null) {
            return Optional.empty();
        }
        return events.createQuery()
                .realm(request.realm().getId())
                .user(user.getId())
                .orderByDescTime()
                .maxResults(EVENTS_READ)
                .getResultStream()
                .filter(e -> MyPageErrors.CODE_SEND_FAILED.equals(e.getError())
                        || (e.getType() == EventType.LOGIN
                                && e.getDetails() != null
                                && List.of("sms", "voice")
                                        .contains(e.getDetails().get(MyPageDetails.SIGN_IN_METHOD))))
                .findFirst();
    }
}
