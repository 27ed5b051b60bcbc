package jp.ocn.mypage.identity;

/** A login field input after normalisation: its kind and canonical value (lower-case mail, upper-case customer number). */
public record LoginId(LoginIdKind kind, String value) {}
