package jp.ocn.mypage.linking;

import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
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
        Optional<UserModel> owner = directory.linkedUserId(realm, customerNumber)
                .filter(id -> !id.equals(user.getId())).map(id -> session.users().getUserById(realm, id));
        if (owner.isPresent() && !config.allowMove()) {
            LinkMail.triedElsewhere(session, realm, owner.get(), customerNumber);
            CustomerLinkAction.event(context).detail("customer_number", customerNumber).error("mypage_link_elsewhere");
            context.challenge(LinkPages.elsewhere(context));
            return;
        }
        List<Customer> linkedBefore = directory.linkedCustomers(realm, user.getId()).stream()
                .filter(c -> !c.customerNumber().equals(customerNumber)).toList();
        directory.link(realm, customerNumber, user.getId());
        owner.ifPresent(previous -> LinkMail.moved(session, realm, previous, customerNumber));
        boolean mailed = LinkMail.linked(session, realm, user, customerNumber);
        int phoneNotices = LinkPhoneNotice.tell(session, user, linkedBefore, customerNumber);
        context.getEvent().detail("customer_number", customerNumber).detail("moved", Boolean.toString(owner.isPresent()))
                .detail("mail", Boolean.toString(mailed)).detail("phone_notices", Integer.toString(phoneNotices));
        context.success();
    }
}
