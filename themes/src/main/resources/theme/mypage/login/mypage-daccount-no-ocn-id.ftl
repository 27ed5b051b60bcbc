<#-- No OCN ID: a dアカウント never creates one. Says where an OCN ID comes from, and the way back to sign-in. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageDaccountNoOcnIdTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-daccount-no-ocn-id-text">${msg("mypageDaccountNoOcnIdText")}</p>
        <p><a id="mypage-daccount-back" href="${url.loginRestartFlowUrl}">${msg("mypageDaccountBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
