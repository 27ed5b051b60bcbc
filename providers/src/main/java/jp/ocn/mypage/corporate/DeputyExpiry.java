package jp.ocn.mypage.corporate;

import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Ends deputy periods. The temporary 承認 already stops counting at the end time on every node (roles are computed
 * against the clock at each request and token); this task clears the period and writes the audit row. Keycloak's
 * {@link ClusterAwareScheduledTaskRunner} runs it on one node of the cluster per interval, and the rows are claimed
 * with a database lock, so each ended period gets exactly one row.
 */
final class DeputyExpiry implements ScheduledTask {

    static final String TASK_NAME = "mypage-deputy-expiry";
    static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(DeputyExpiry.class);

    static void schedule(KeycloakSessionFactory factory, long intervalMillis) {
        try (KeycloakSession session = factory.create()) {
            session.getProvider(TimerProvider.class)
                    .schedule(
                            new ClusterAwareScheduledTaskRunner(factory, new DeputyExpiry(), intervalMillis),
                            intervalMillis,
                            TASK_NAME);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }

    @Override
    public void run(KeycloakSession session) {
        long now = CorporateClock.nowMillis();
        for (CorporateAccountsProvider.EndedDeputy ended :
                session.getProvider(CorporateAccountsProvider.class).endDeputies(now)) {
            RealmModel realm = session.realms().getRealm(ended.realmId());
            if (realm == null) {
                continue;
            }
            // Outside a request nothing binds the session to a realm; Keycloak's user lookup needs one.
            session.getContext().setRealm(realm);
            CorporateMember member = ended.member();
            UserModel user = session.users().getUserById(realm, member.userId());
            String roles = CorporateRole.format(member.roles());
            session.getProvider(CorporateAccountsProvider.class)
                    .appendAudit(
                            realm,
                            member.customerNumber(),
                            new AuditEntry(
                                    Time.currentTimeMillis(),
                                    SYSTEM_ACTOR,
                                    user == null ? member.userId() : user.getUsername(),
                                    Actions.DEPUTY_ENDED,
                                    roles + "+approve",
                                    roles,
                                    "deputy period ended",
                                    CorporateAudit.SUCCESS,
                                    "deputy-expiry-" + member.deputyUntil()));
            LOG.debugf("Deputy period of %s in %s ended", member.userId(), member.customerNumber());
        }
    }
}
