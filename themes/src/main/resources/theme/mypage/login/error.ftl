<#--
  OCN マイページ: error page. As base's error.ftl (message, trace ID, back to the application when the client has a
  base URL), plus the way back to OCN ID sign-in (a fresh start of the sign-in), e.g. after a dアカウント error.
-->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${kcSanitize(msg("errorTitle"))?no_esc}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="instruction">${kcSanitize(message.summary)?no_esc}</p>
            <#if traceId??>
                <p class="instruction" id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink??>
                <#if client?? && client.baseUrl?has_content>
                    <p><a id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
                </#if>
                <#if url?? && url.loginRestartFlowUrl?has_content>
                    <p><a id="mypage-daccount-back" href="${url.loginRestartFlowUrl}">${msg("mypageDaccountBackToLogin")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
