package jp.ocn.mypage.sdk.decision;

import java.util.Objects;

/**
 * Whether a menu may be opened, with the words to show beside it: what it allows (seed 000's cell, e.g. 閲覧・変更可)
 * when it may, or why not (e.g. 解約後は操作できません) when it may not.
 */
public record MenuDecision(Menu menu, boolean allowed, String note) {
    public MenuDecision {
        Objects.requireNonNull(menu);
        Objects.requireNonNull(note);
    }

    static MenuDecision allow(Menu menu, String note) {
        return new MenuDecision(menu, true, note);
    }

    static MenuDecision deny(Menu menu, String reason) {
        return new MenuDecision(menu, false, reason);
    }
}
