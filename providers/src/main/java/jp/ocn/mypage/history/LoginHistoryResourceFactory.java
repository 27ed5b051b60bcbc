package jp.ocn.mypage.history;

import jp.ocn.mypage.support.RealmResourceFactoryBase;

/** Mounts {@link LoginHistoryResource} at {@code /realms/{realm}/mypage-account}. */
public final class LoginHistoryResourceFactory extends RealmResourceFactoryBase {

    public static final String ID = "mypage-account";

    public LoginHistoryResourceFactory() {
        super(ID, LoginHistoryResource::new);
    }
}
