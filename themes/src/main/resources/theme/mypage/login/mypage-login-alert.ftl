<#-- ログインアラート settings: the address for a mail at every sign-in (registered once its confirmation link is opened). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "mypage-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('alertEmail'); section>
    <#if section = "header">
        ${msg("mypageLoginAlertTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageLoginAlertIntro")}</p>
        <p id="mypage-login-alert-current"><#if alertAddress?has_content>${msg("mypageLoginAlertCurrent", alertAddress)}<#else>${msg("mypageLoginAlertOff")}</#if></p>
        <form id="mypage-login-alert" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@fields.field name="alertEmail" label="mypageLoginAlertLabel" type="email" value=(typedAlertEmail!"") maxlength="254" autocomplete="email"/>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-login-alert-send" name="action" label="mypageLoginAlertSend" value="send"/>
                <#if alertAddress?has_content>
                    <@buttons.button id="mypage-login-alert-stop" name="action" label="mypageLoginAlertStop" type="secondary" value="stop"/>
                </#if>
                <@buttons.button id="mypage-login-alert-close" name="action" label="mypageLoginAlertClose" type="secondary" value="close"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
