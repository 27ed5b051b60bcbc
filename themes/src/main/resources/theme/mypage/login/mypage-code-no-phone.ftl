<#-- No contact phone registered: say how to register one, and offer only the way back (never a loop). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageCodeTitle")}
    <#elseif section = "form">
        <p id="mypage-no-phone">${msg("mypageCodeNoPhone")}</p>
        <form id="mypage-code-no-phone" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="mypage-code-cancel" name="action" label="mypageCodeBackToApp" type="secondary" value="cancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
