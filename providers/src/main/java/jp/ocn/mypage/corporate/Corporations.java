package jp.ocn.mypage.corporate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Who belongs to which corporation. A corporation is a corporate customer of the directory; its representative is the
 * OCN ID linked to that number; its user IDs are our rows. Keycloak's organizations carry the same membership (one
 * organization per corporation, alias = the customer number) so that the ecosystem's tools see it.
 */
public final class Corporations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CorporateAccountsProvider accounts;

    public Corporations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.accounts = session.getProvider(CorporateAccountsProvider.class);
    }

    public CorporateAccountsProvider accounts() {
        return accounts;
    }

    public Optional<Corporation> find(String customerNumber) {
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        return directory
                .findByNumber(realm, customerNumber)
                .filter(Customer::corporate)
                .map(c -> new Corporation(
                        c.customerNumber(),
                        c.corporateName() == null ? c.holderName() : c.corporateName(),
                        directory.linkedUserId(realm, customerNumber).orElse(null)));
    }

    /** The user's place in the corporation: representative, user ID, or nothing (not a member of it). */
    public Optional<CorporateMember> memberOf(Corporation corporation, String userId) {
        if (userId.equals(corporation.representativeUserId())) {
            return Optional.of(CorporateMember.representative(corporation.customerNumber(), userId));
        }
        return accounts.userIdOf(realm, userId).filter(m -> m.customerNumber().equals(corporation.customerNumber()));
    }

    /** The corporation a user belongs to, as user ID or as representative (first corporate number linked). */
    public Optional<CorporateMember> membershipOf(String userId) {
        Optional<CorporateMember> representative =
                session.getProvider(CustomerDirectoryProvider.class).linkedCustomers(realm, userId).stream()
                        .filter(Customer::corporate)
                        .findFirst()
                        .map(c -> CorporateMember.representative(c.customerNumber(), userId));
        return representative.isPresent() ? representative : accounts.userIdOf(realm, userId);
    }

    /** The representative first, then the user IDs, oldest first. */
    public List<CorporateMember> members(Corporation corporation) {
        List<CorporateMember> all = new ArrayList<>();
        if (corporation.representativeUserId() != null) {
            all.add(CorporateMember.representative(corporation.customerNumber(), corporation.representativeUserId()));
        }
        // A representative who was a user ID keeps its row (its own mobile for codes); it is listed once.
        accounts.userIds(realm, corporation.customerNumber()).stream()
                .filter(m -> !m.userId().equals(corporation.representativeUserId()))
                .forEach(all::add);
        return all;
    }

    /**
     * The successor becomes the representative (the directory links the corporation's number to it, so there is
     * exactly one) and keeps its row for its own mobile; the former one becomes a user ID with {@link
     * RepresentativeTransferResource#FORMER_REPRESENTATIVE_ROLES}, its codes going to the contract's first mobile.
     */
    void moveRepresentative(Corporation corporation, CorporateMember successor, UserModel former) {
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        directory.link(realm, corporation.customerNumber(), successor.userId());
        accounts.setDeputyUntil(realm, successor.userId(), null);
        if (former == null) {
            return;
        }
        if (accounts.userIdOf(realm, former.getId()).isPresent()) {
            accounts.setRoles(realm, former.getId(), RepresentativeTransferResource.FORMER_REPRESENTATIVE_ROLES);
        } else {
            String mobile = directory.findByNumber(realm, corporation.customerNumber()).stream()
                    .flatMap(c -> c.contactPhones().stream())
                    .map(p -> MemberMobile.e164(p.e164()).orElse(null))
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            accounts.addUserId(
                    realm,
                    corporation.customerNumber(),
                    former.getId(),
                    RepresentativeTransferResource.FORMER_REPRESENTATIVE_ROLES,
                    mobile);
        }
    }

    public boolean separationOfDuties() {
        return CorporateSettings.separationOfDuties(realm);
    }

    public long now() {
        return CorporateClock.nowMillis();
    }

    /** Puts the user (and the representative) into the corporation's organization, creating it when missing. */
    public void joinOrganization(Corporation corporation, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations.getByAlias(corporation.customerNumber());
        if (organization == null) {
            organization = organizations.create(
                    corporation.name() + " (" + corporation.customerNumber() + ")", corporation.customerNumber());
            organization.setDescription("MyPage corporate contract " + corporation.customerNumber());
        }
        if (corporation.representativeUserId() != null) {
            UserModel representative = session.users().getUserById(realm, corporation.representativeUserId());
            if (representative != null && !organizations.isMember(organization, representative)) {
                organizations.addMember(organization, representative);
            }
        }
        if (!organizations.isMember(organization, user)) {
            organizations.addMember(organization, user);
        }
    }
}
