package jp.ocn.mypage.linking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The last step of linking, after proof and code: link, or (number already linked to another OCN ID) refuse
 * and tell the owner, unless the realm allows moving a number after the code. Every outcome is an event.
 */
final class LinkCompletion {

    private final RequiredActionContext context;
    private final LinkConfig config;

    LinkCompletion(RequiredActionContext context, LinkConfig config) {
        this.context = context;
        this.config = config;
    }

    void complete(String customerNumber) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        Optional<UserModel> owner = directory
                .linkedUserId(realm, customerNumber)
                .filter(id -> !id.equals(user.getId()))
                .map(id -> session.users().getUserById(realm, id));
        if (owner.isPresent() && !config.allowMove()) {
            NoticeMail.send(
                    session, realm, owner.get(), Notice.CUSTOMER_LINK_TRIED, Map.of("customerNumber", customerNumber));
            CustomerLinkAction.event(context)
                    .detail(MyPageDetails.CUSTOMER_NUMBER, customerNumber)
                    .error(MyPageErrors.LINK_ELSEWHERE);
            context.challenge(LinkPages.elsewhere(context));
            return;
        }
        List<Customer> linkedBefore = directory.linkedCustomers(realm, user.getId()).stream()
                .filter(c -> !c.customerNumber().equals(customerNumber))
                .toList();
        directory.link(realm, customerNumber, user.getId());
        owner.ifPresent(previous -> NoticeMail.send(
                session, realm, previous, Notice.CUSTOMER_LINK_MOVED, Map.of("customerNumber", customerNumber)));
        boolean mailed =
                NoticeMail.send(session, realm, user, Notice.CUSTOMER_LINKED, Map.of("customerNumber", customerNumber));
        int phoneNotices = LinkPhoneNotice.tell(session, user, linkedBefore, customerNumber);
        context.getEvent()
                .detail(MyPageDetails.CUSTOMER_NUMBER, customerNumber)
                .detail(MyPageDetails.MOVED, Boolean.toString(owner.isPresent()))
                .detail(MyPageDetails.MAIL, Boolean.toString(mailed))
                .detail(MyPageDetails.PHONE_NOTICES, Integer.toString(phoneNotices));
        context.success();
    }
}
