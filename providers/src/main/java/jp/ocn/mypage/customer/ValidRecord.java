package jp.ocn.mypage.customer;

/** A record that passed validation: the customer to store and the OCN ID to link it to (may be null). */
record ValidRecord(int index, Customer customer, String ocnId) {}
