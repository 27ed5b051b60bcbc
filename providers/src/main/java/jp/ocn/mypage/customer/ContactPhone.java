package jp.ocn.mypage.customer;

/** A contact phone in E.164 and whether it is a mobile (SMS and voice) or a landline (voice only). */
public record ContactPhone(String e164, LineType lineType) {

    public enum LineType {
        MOBILE,
        LANDLINE
    }
}
