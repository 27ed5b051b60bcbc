<#-- Offered after sign-in to accounts without a customer number: お客さま番号を登録する / 後で登録する. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageLinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-link-offer-text">${msg("mypageLinkOfferText")}</p>
        <p class="mypage-note">${msg("mypageLinkOfferHint")}</p>
        <form id="mypage-link-offer" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="mypage-link-start" name="action" label="mypageLinkStart" value="start"/>
                <@buttons.button id="mypage-link-later" name="action" label="mypageLinkLater" type="secondary" value="later"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
