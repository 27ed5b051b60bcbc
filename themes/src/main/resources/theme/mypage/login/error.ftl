<#--
  OCN マイページ: error page. As base's error.ftl (message, trace ID, back to the application when the client has a
  base URL), plus, for an unexpected error, the reference code (jp.ocn.mypage.systemerror: the same code is in the
  server log and the event) and what the customer can do, and the way back to OCN ID sign-in (a fresh start of the
  sign-in), e.g. after a dアカウント error. Never shows exception text: Keycloak gives only its generic message.
-->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${kcSanitize(msg("errorTitle"))?no_esc}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="instruction">${kcSanitize(message.summary)?no_esc}</p>
            <#if mypageReference??>
                <div id="mypage-system-error" class="mypage-system-error">
                    <p>${msg("mypageSystemErrorReference")} <strong id="mypage-reference">${mypageReference}</strong></p>
                    <ul>
                        <li>${msg("mypageSystemErrorRetry")}</li>
                        <li>${msg("mypageSystemErrorMaintenance")}</li>
                        <li>${msg("mypageSystemErrorContact")}</li>
                    </ul>
                </div>
            </#if>
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
