<#--
  OCN マイページ: error page. As the base theme's error.ftl, plus, for an unexpected error, the reference code
  (jp.ocn.mypage.systemerror: the same code is in the server log and the event) and what the customer can do.
  Never shows exception text: Keycloak gives only its generic message for those.
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
            <#if !skipLink?? && client?? && client.baseUrl?has_content>
                <p><a id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
