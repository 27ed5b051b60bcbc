package jp.ocn.mypage.customer;

import java.time.LocalDate;
import java.util.List;

/** Demo customer taro (seed data's 山田 太郎, N123456789) as unit tests need him, with the parts a test varies. */
public final class TestCustomers {

    private TestCustomers() {}

    public static Customer taro(List<Contract> contracts, List<ContactPhone> phones) {
        return taro("N123456789", contracts, phones);
    }

    public static Customer taro(String customerNumber, List<Contract> contracts, List<ContactPhone> phones) {
        return new Customer(
                customerNumber,
                "山田 太郎",
                "ヤマダ タロウ",
                LocalDate.of(1980, 1, 15),
                "150-0001",
                false,
                null,
                contracts,
                phones,
                List.of(),
                List.of());
    }
}
