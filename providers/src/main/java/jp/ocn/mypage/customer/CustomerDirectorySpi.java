package jp.ocn.mypage.customer;

import jp.ocn.mypage.support.SpiBase;

public final class CustomerDirectorySpi extends SpiBase {

    public static final String NAME = "mypage-customer-directory";

    public CustomerDirectorySpi() {
        super(NAME, CustomerDirectoryProvider.class, CustomerDirectoryProviderFactory.class);
    }
}
