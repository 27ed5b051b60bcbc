package jp.ocn.mypage.it.harness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Accounts of one test each whose only customer has a contract of the given status, changed N days ago (JST). */
public final class GateAccounts {

    public static final String RETENTION = "mypage.cancelledRetentionDays";

    private GateAccounts() {}

    public static CodeSteps.Account withContract(AdminApi admin, String status, int changedDaysAgo) {
        CodeSteps.Account account = CodeSteps.newAccount(admin, true);
        setContract(admin, account, status, changedDaysAgo);
        return account;
    }

    /** Through the operator API (a directory change). */
    public static void setContract(AdminApi admin, CodeSteps.Account account, String status, int changedDaysAgo) {
        String day =
                LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(changedDaysAgo).toString();
        JsonHttp.Reply r = admin.directory(
                "PATCH",
                "/customers/" + account.customerNumber(),
                JsonHttp.json(Map.of(
                        "contracts", List.of(Map.of("service", "OCN 光", "status", status, "statusChangedOn", day)))));
        if (r.status() != 200) {
            throw new AssertionError("patch: " + r.status() + " " + r.body());
        }
    }

    /** Still linked to its OCN ID? */
    public static boolean linked(AdminApi admin, CodeSteps.Account account) {
        return account.username()
                .equals(admin.customer(account.customerNumber()).path("ocnId").asText(null));
    }
}
