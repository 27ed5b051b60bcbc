package jp.ocn.mypage.corporate;

import jp.ocn.mypage.support.RealmResourceFactoryBase;

/** Mounts the corporate administration API at {@code /realms/{realm}/mypage-corporate}. */
public final class CorporateResourceProviderFactory extends RealmResourceFactoryBase {

    public static final String ID = "mypage-corporate";

    public CorporateResourceProviderFactory() {
        super(ID, CorporateApi::new);
    }
}
