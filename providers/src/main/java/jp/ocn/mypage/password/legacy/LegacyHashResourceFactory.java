package jp.ocn.mypage.password.legacy;

import jp.ocn.mypage.support.RealmResourceFactoryBase;

/** Mounts {@link LegacyHashResource} at {@code /realms/{realm}/mypage-legacy-hashes}. */
public final class LegacyHashResourceFactory extends RealmResourceFactoryBase {

    public LegacyHashResourceFactory() {
        super("mypage-legacy-hashes", LegacyHashResource::new);
    }
}
