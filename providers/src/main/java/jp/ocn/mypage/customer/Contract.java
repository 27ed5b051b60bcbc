package jp.ocn.mypage.customer;

import java.time.LocalDate;

public record Contract(String customerNumber, String service, ContractStatus status, LocalDate statusChangedOn) {}
