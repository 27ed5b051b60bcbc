package jp.ocn.mypage.corporate;

import org.keycloak.provider.ProviderFactory;

public interface CorporateAccountsProviderFactory extends ProviderFactory<CorporateAccountsProvider> {}
