package jp.ocn.mypage.sender;

import jp.ocn.mypage.support.SpiBase;

public final class CodeSenderSpi extends SpiBase {

    public static final String NAME = "mypage-code-sender";

    public CodeSenderSpi() {
        super(NAME, CodeSender.class, CodeSenderProviderFactory.class);
    }
}
