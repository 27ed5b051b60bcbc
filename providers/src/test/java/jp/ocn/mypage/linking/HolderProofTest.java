package jp.ocn.mypage.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.identity.BirthDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolderProofTest {

    private static final Customer JIRO = new Customer(
            "N345678901",
            "佐藤 次郎",
            "サトウ ジロウ",
            LocalDate.of(1985, 4, 1),
            "100-0001",
            false,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of());

    @ParameterizedTest
    @CsvSource({"1985-04-01", "19850401", "1985/04/01", "１９８５／０４／０１", "1985年4月1日", "1985-4-1"})
    void theBirthDateIsReadInTheFormsPeopleType(String typed) {
        assertThat(BirthDate.parse(typed)).contains(LocalDate.of(1985, 4, 1));
    }

    @ParameterizedTest
    @CsvSource({"1985-02-30", "85-04-01", "1985.13.01", "2999-01-01", "abc", "''"})
    void impossibleBirthDatesAreShapeErrors(String typed) {
        assertThat(BirthDate.parse(typed)).isEmpty();
    }

    @Test
    void thePostalCodeOrTheKanaNameProvesTheHolderInAnyWidthOrScript() {
        assertThat(HolderProof.read("n345-678-901", "19850401", "〒１００－０００１", "").matches(JIRO))
                .isTrue();
        assertThat(HolderProof.read("N345678901", "1985/04/01", "", "さとう　じろう").matches(JIRO))
                .isTrue();
        assertThat(HolderProof.read("N345678901", "1985-04-01", "", "ｻﾄｳ ｼﾞﾛｳ").matches(JIRO))
                .isTrue();
    }

    @Test
    void everyFieldGivenMustMatch() {
        assertThat(HolderProof.read("N345678901", "1985-04-02", "100-0001", "").matches(JIRO))
                .isFalse();
        assertThat(HolderProof.read("N345678901", "1985-04-01", "100-0002", "サトウ ジロウ")
                        .matches(JIRO))
                .isFalse();
        assertThat(HolderProof.read("N345678901", "1985-04-01", "100-0001", "ヤマダ タロウ")
                        .matches(JIRO))
                .isFalse();
        assertThat(HolderProof.read("N123456789", "1985-04-01", "100-0001", "").matches(JIRO))
                .isFalse();
    }

    @Test
    void shapesThatCannotBeRightNameTheirFieldWithoutLookingAnythingUp() {
        assertThat(HolderProof.read("12345", "1985-04-01", "100-0001", "").problem())
                .isEqualTo("mypageLinkNumberShape");
        assertThat(HolderProof.read("N345678901", "yesterday", "100-0001", "").problem())
                .isEqualTo("mypageLinkBirthDateShape");
        assertThat(HolderProof.read("N345678901", "1985-04-01", "", " ").problem())
                .isEqualTo("mypageLinkPostalOrKana");
        assertThat(HolderProof.read("N345678901", "1985-04-01", "1000", "").problem())
                .isEqualTo("mypageLinkPostalShape");
        assertThat(HolderProof.read("N345678901", "1985-04-01", "", "ア".repeat(500))
                        .matches(JIRO))
                .isFalse();
    }
}
