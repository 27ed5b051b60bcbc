<#-- After a request (sent: open the link in the mail), a stop, or the confirmation link (confirmed). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageLoginAlertTitle")}
    <#elseif section = "form">
        <#if loginAlertResult == "confirmed">
            <p class="mypage-lead" id="mypage-login-alert-result">${msg("mypageLoginAlertConfirmed", alertEmail)}</p>
        <#else>
            <p class="mypage-lead" id="mypage-login-alert-result"><#if loginAlertResult == "sent">${msg("mypageLoginAlertSent", alertEmail)}<#else>${msg("mypageLoginAlertStopped")}</#if></p>
            <form id="mypage-login-alert-next" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="mypage-login-alert-continue" name="action" label="mypageLinkContinue" value="close"/>
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
