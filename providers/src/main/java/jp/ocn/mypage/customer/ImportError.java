package jp.ocn.mypage.customer;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem in an import batch. {@code index} is the record's position in {@code customers}, -1 for the batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(int index, String customerNumber, String field, String message) {}
