package jp.ocn.mypage.corporate;

import jp.ocn.mypage.support.JpaEntitiesFactoryBase;

/** Registers the corporate tables and their own Liquibase changelog with Keycloak's JPA connection. */
public final class CorporateEntityProviderFactory extends JpaEntitiesFactoryBase {

    static final String ID = "mypage-corporate-accounts";

    public CorporateEntityProviderFactory() {
        super(
                ID,
                "META-INF/mypage-corporate-changelog.xml",
                CorporateMemberEntity.class,
                CorporateApprovalEntity.class,
                CorporateAuditEntity.class);
    }
}
