<#-- Seed 003's パスワード変更のお願い: 今すぐ変更する (on to the password change) / 後で変更する (asked again later). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypagePasswordAgeTitle")}
    <#elseif section = "form">
        <div id="mypage-password-age">
            <p class="mypage-lead">${msg("mypagePasswordAgeBody", passwordAgeDays?c)}</p>
            <p class="mypage-note">${msg("mypagePasswordAgeMailApps")}</p>
        </div>
        <form id="mypage-password-age-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="mypage-password-now" name="action" label="mypagePasswordAgeNow" value="now"/>
                <@buttons.button id="mypage-password-later" name="action" label="mypagePasswordAgeLater" type="secondary" value="later"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
