package jp.ocn.mypage.customer;

import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Leaves an admin event for every read or write of a customer's personal data through the directory API:
 * Keycloak's admin event store records who (the operator's realm, client, user and IP) touched which customer
 * (resource path {@code customers/{number}}). The events carry no representation: the number is all we keep.
 */
final class DirectoryAudit {

    /** Admin event resource type of the directory's customers. */
    static final String RESOURCE_TYPE = "MYPAGE_CUSTOMER";

    static final String READ = "read";
    static final String PATCH = "patch";
    static final String IMPORT = "import";

    private final AdminEventBuilder events;

    DirectoryAudit(KeycloakSession session, RealmModel realm, AdminAuth operator) {
        this.events = new AdminEventBuilder(
                        realm, operator, session, session.getContext().getConnection())
                .resource(RESOURCE_TYPE);
    }

    void read(String customerNumber) {
        record(OperationType.ACTION, customerNumber, READ);
    }

    void written(String customerNumber, boolean created, String how) {
        record(created ? OperationType.CREATE : OperationType.UPDATE, customerNumber, how);
    }

    private void record(OperationType operation, String customerNumber, String how) {
        events.operation(operation)
                .resourcePath("customers", customerNumber)
                .detail(MyPageDetails.DIRECTORY_ACCESS, how)
                .success();
    }
}
