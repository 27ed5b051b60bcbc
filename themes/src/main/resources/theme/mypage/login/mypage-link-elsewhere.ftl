<#-- The number is linked to another OCN ID: never moved silently; the user is sent to support. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageLinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-link-elsewhere-text">${msg("mypageLinkElsewhere")}</p>
        <form id="mypage-link-elsewhere" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="mypage-link-continue" name="action" label="mypageLinkContinue" value="later"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
