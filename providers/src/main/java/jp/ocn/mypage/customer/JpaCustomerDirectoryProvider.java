package jp.ocn.mypage.customer;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

final class JpaCustomerDirectoryProvider implements CustomerDirectoryProvider {

    private final EntityManager em;

    JpaCustomerDirectoryProvider(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Customer> findByNumber(RealmModel realm, String customerNumber) {
        return entity(realm, customerNumber).map(CustomerAdapter::toModel);
    }

    @Override
    public Optional<String> connectionIdOwner(RealmModel realm, String connectionId) {
        return em.createNamedQuery("mypageConnectionIdOwner", String.class)
                .setParameter("realmId", realm.getId())
                .setParameter("connectionId", connectionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> linkedUserId(RealmModel realm, String customerNumber) {
        return entity(realm, customerNumber).flatMap(this::link).map(CustomerLinkEntity::getUserId);
    }

    @Override
    public List<Customer> linkedCustomers(RealmModel realm, String userId) {
        return em.createNamedQuery("mypageCustomersLinkedToUser", CustomerEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .getResultStream()
                .map(CustomerAdapter::toModel)
                .toList();
    }

    @Override
    public List<Customer> linkedCustomersBefore(RealmModel realm, String userId, long beforeMillis) {
        return em.createNamedQuery("mypageCustomersLinkedToUserBefore", CustomerEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setParameter("before", beforeMillis)
                .getResultStream()
                .map(CustomerAdapter::toModel)
                .toList();
    }

    @Override
    public boolean upsert(RealmModel realm, Customer customer, String linkUserId) {
        Optional<CustomerEntity> existing = entity(realm, customer.customerNumber());
        CustomerEntity e = existing.orElseGet(() -> newCustomer(realm, customer.customerNumber()));
        e.setHolderName(customer.holderName());
        e.setHolderNameKana(customer.holderNameKana());
        e.setBirthDate(customer.birthDate());
        e.setPostalCode(customer.postalCode());
        e.setCorporate(customer.corporate());
        e.setCorporateName(customer.corporateName());
        replaceChildren(realm, e, customer);
        if (linkUserId != null) {
            link(e, realm, linkUserId);
        }
        return existing.isEmpty();
    }

    private CustomerEntity newCustomer(RealmModel realm, String number) {
        CustomerEntity e = new CustomerEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realm.getId());
        e.setCustomerNumber(number);
        return e;
    }

    private void replaceChildren(RealmModel realm, CustomerEntity e, Customer customer) {
        e.getContracts().clear();
        e.getContactPhones().clear();
        e.getConnectionIds().clear();
        e.getLineNetworks().clear();
        if (em.contains(e)) {
            // Orphans must be gone before new rows reuse a unique (customer, phone) or connection ID.
            em.flush();
        } else {
            em.persist(e);
        }
        int position = 0;
        for (Contract c : customer.contracts()) {
            ContractEntity ce = new ContractEntity();
            ce.setId(KeycloakModelUtils.generateId());
            ce.setCustomer(e);
            ce.setPosition(position++);
            ce.setService(c.service());
            ce.setStatus(c.status().name());
            ce.setStatusChangedOn(c.statusChangedOn());
            e.getContracts().add(ce);
        }
        position = 0;
        for (ContactPhone p : customer.contactPhones()) {
            ContactPhoneEntity pe = new ContactPhoneEntity();
            pe.setId(KeycloakModelUtils.generateId());
            pe.setCustomer(e);
            pe.setPosition(position++);
            pe.setE164(p.e164());
            pe.setLineType(p.lineType().name());
            e.getContactPhones().add(pe);
        }
        for (String connectionId : customer.connectionIds()) {
            ConnectionIdEntity ie = new ConnectionIdEntity();
            ie.setId(KeycloakModelUtils.generateId());
            ie.setRealmId(realm.getId());
            ie.setCustomer(e);
            ie.setConnectionId(connectionId);
            e.getConnectionIds().add(ie);
        }
        position = 0;
        for (String cidr : customer.lineNetworks()) {
            LineNetworkEntity ne = new LineNetworkEntity();
            ne.setId(KeycloakModelUtils.generateId());
            ne.setCustomer(e);
            ne.setPosition(position++);
            ne.setCidr(cidr);
            e.getLineNetworks().add(ne);
        }
    }

    private void link(CustomerEntity customer, RealmModel realm, String userId) {
        Optional<CustomerLinkEntity> current = link(customer);
        if (current.isPresent() && current.get().getUserId().equals(userId)) {
            return;
        }
        current.ifPresent(l -> {
            em.remove(l);
            em.flush();
        });
        CustomerLinkEntity l = new CustomerLinkEntity();
        l.setId(KeycloakModelUtils.generateId());
        l.setRealmId(realm.getId());
        l.setUserId(userId);
        l.setCustomer(customer);
        l.setLinkedAt(Time.currentTimeMillis());
        em.persist(l);
    }

    private Optional<CustomerLinkEntity> link(CustomerEntity customer) {
        if (!em.contains(customer)) {
            return Optional.empty();
        }
        return em.createNamedQuery("mypageLinkOfCustomer", CustomerLinkEntity.class)
                .setParameter("customerId", customer.getId())
                .getResultStream()
                .findFirst();
    }

    private Optional<CustomerEntity> entity(RealmModel realm, String customerNumber) {
        return em.createNamedQuery("mypageCustomerByNumber", CustomerEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("number", customerNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean link(RealmModel realm, String customerNumber, String userId) {
        Optional<CustomerEntity> customer = entity(realm, customerNumber);
        customer.ifPresent(c -> link(c, realm, userId));
        return customer.isPresent();
    }

    @Override
    public boolean unlink(RealmModel realm, String customerNumber, String userId) {
        Optional<CustomerLinkEntity> current = entity(realm, customerNumber)
                .flatMap(this::link)
                .filter(l -> l.getUserId().equals(userId));
        current.ifPresent(em::remove);
        return current.isPresent();
    }

    @Override
    public void removeLinksOfUser(RealmModel realm, String userId) {
        em.createNamedQuery("mypageDeleteLinksOfUser")
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
    }

    @Override
    public void removeRealm(RealmModel realm) {
        // Child rows go with the customers through ON DELETE CASCADE.
        em.createNamedQuery("mypageDeleteCustomersOfRealm")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }
}
