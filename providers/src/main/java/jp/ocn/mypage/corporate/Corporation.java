package jp.ocn.mypage.corporate;

/**
 * A corporation: its corporate customer number in the directory, its name, and the representative (代表ID), the OCN
 * ID the directory links to that number (null while none is linked).
 */
public record Corporation(String customerNumber, String name, String representativeUserId) {}
