<#-- The end of the self-service unlock: unlocked (sign in with the password now), stopped, or a link that no longer works. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageUnlockTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-unlock-result"><#if unlockResult == "unlocked">${msg("mypageUnlockDone")}<#elseif unlockResult == "stopped">${msg("mypageUnlockStopped")}<#else>${msg("mypageUnlockInvalid")}</#if></p>
        <p><a id="mypage-back-to-login" href="${url.loginRestartFlowUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
