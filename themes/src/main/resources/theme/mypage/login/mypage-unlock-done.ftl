<#-- The end of the self-service unlock: unlocked (sign in with the password now), or stopped. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageUnlockTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-unlock-result"><#if unlocked>${msg("mypageUnlockDone")}<#else>${msg("mypageUnlockStopped")}</#if></p>
        <p><a id="mypage-back-to-login" href="${url.loginRestartFlowUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
