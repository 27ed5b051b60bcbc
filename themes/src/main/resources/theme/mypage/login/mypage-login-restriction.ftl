<#-- ログイン制限 settings: on (offered only when the directory lists the line's networks), off after a code. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageLoginRestrictionTitle")}
    <#elseif section = "form">
        <#if restrictionResult == "on">
            <p class="mypage-lead" id="mypage-login-restriction-result">${msg("mypageLoginRestrictionTurnedOn")}</p>
        <#elseif restrictionResult == "off">
            <p class="mypage-lead" id="mypage-login-restriction-result">${msg("mypageLoginRestrictionTurnedOff")}</p>
        </#if>
        <p class="mypage-lead">${msg("mypageLoginRestrictionIntro")}</p>
        <p id="mypage-login-restriction-status"><#if restrictionOn>${msg("mypageLoginRestrictionIsOn")}<#else>${msg("mypageLoginRestrictionIsOff")}</#if></p>
        <#if restrictionNetworks?has_content>
            <p>${msg("mypageLoginRestrictionNetworks")}</p>
            <ul id="mypage-login-restriction-networks">
                <#list restrictionNetworks as network><li>${network}</li></#list>
            </ul>
        <#elseif !restrictionOn>
            <p id="mypage-login-restriction-unavailable">${msg("mypageLoginRestrictionNoNetworks")}</p>
        </#if>
        <form id="mypage-login-restriction" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <#if restrictionOn>
                    <@buttons.button id="mypage-login-restriction-off" name="action" label="mypageLoginRestrictionOff" value="off"/>
                <#elseif restrictionNetworks?has_content>
                    <@buttons.button id="mypage-login-restriction-on" name="action" label="mypageLoginRestrictionOn" value="on"/>
                </#if>
                <@buttons.button id="mypage-login-restriction-close" name="action" label="mypageLoginRestrictionClose" type="secondary" value="close"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
