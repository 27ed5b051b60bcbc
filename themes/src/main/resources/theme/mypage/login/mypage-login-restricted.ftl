<#-- ログイン制限: a sign-in from outside the user's OCN line is refused; the user may lift the restriction after a code. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageLoginRestrictionTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-login-restricted-message">${msg("mypageLoginRestrictedText")}</p>
        <#if restrictionCanLift>
            <p>${msg("mypageLoginRestrictedLiftText")}</p>
            <form id="mypage-login-restricted" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="mypage-login-restriction-lift" name="action" label="mypageLoginRestrictedLift" value="lift"/>
                </@buttons.actionGroup>
            </form>
        </#if>
        <p><a id="mypage-back-to-login" href="${url.loginRestartFlowUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
