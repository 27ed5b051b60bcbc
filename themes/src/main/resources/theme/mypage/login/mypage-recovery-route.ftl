<#-- パスワードをお忘れの方: メールで再設定 / お客さま番号で再設定. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageResetTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageResetRouteIntro")}</p>
        <form id="mypage-recovery-route" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p class="mypage-note">${msg("mypageResetByMailHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-reset-mail" name="route" label="mypageResetByMail" value="mail"/>
            </@buttons.actionGroup>
            <p class="mypage-note">${msg("mypageResetByNumberHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-reset-number" name="route" label="mypageResetByNumber" type="secondary" value="number"/>
            </@buttons.actionGroup>
        </form>
        <p><a id="mypage-back-to-login" href="${url.loginUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
