package jp.ocn.mypage.customer;

import org.keycloak.provider.ProviderFactory;

public interface CustomerDirectoryProviderFactory extends ProviderFactory<CustomerDirectoryProvider> {}
