package jp.ocn.mypage.corporate;

import jp.ocn.mypage.support.SpiBase;

public final class CorporateAccountsSpi extends SpiBase {

    public static final String NAME = "mypage-corporate-accounts";

    public CorporateAccountsSpi() {
        super(NAME, CorporateAccountsProvider.class, CorporateAccountsProviderFactory.class);
    }
}
