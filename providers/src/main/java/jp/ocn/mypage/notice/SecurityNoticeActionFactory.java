package jp.ocn.mypage.notice;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class SecurityNoticeActionFactory extends StatelessActionFactory {

    public SecurityNoticeActionFactory() {
        super(
                SecurityNoticeAction.PROVIDER_ID,
                "MyPage security notice (contact phone check)",
                new SecurityNoticeAction());
    }
}
