<#-- Seed 003's one-time notice: 【重要】… with 連絡先電話番号を確認・変更する, 今後表示しない and 閉じる. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageNoticeTitle")}
    <#elseif section = "form">
        <div id="mypage-security-notice" class="mypage-notice">
            <p>${msg("mypageNoticeBody1")}</p>
            <p>${msg("mypageNoticeBody2")}</p>
            <p class="mypage-note">${msg("mypageNoticeHint")}</p>
        </div>
        <form id="mypage-notice-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="${properties.kcCheckboxClass!}">
                <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="dontShowAgain" name="dontShowAgain" value="on"/>
                <label class="${properties.kcCheckboxLabelClass!}" for="dontShowAgain">${msg("mypageNoticeDontShow")}</label>
            </div>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-notice-phone" name="action" label="mypageNoticePhoneLink" value="phone" type="secondary"/>
                <@buttons.button id="mypage-notice-close" name="action" label="mypageNoticeClose" value="close"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
