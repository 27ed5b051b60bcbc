package jp.ocn.mypage.realmapply;

/** realm-config cannot be read or applied as written: the message says where and why. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
