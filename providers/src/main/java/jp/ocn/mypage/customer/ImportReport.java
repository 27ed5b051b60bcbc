package jp.ocn.mypage.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to an import: applied whole, or not at all with every problem listed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(boolean applied, int received, Integer created, Integer updated, List<ImportError> errors) {

    static ImportReport rejected(int received, List<ImportError> errors) {
        return new ImportReport(false, received, null, null, List.copyOf(errors));
    }

    static ImportReport applied(int received, int created) {
        return new ImportReport(true, received, created, received - created, null);
    }
}
