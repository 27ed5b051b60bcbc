<#-- First sign-in with a dアカウント not linked yet: link it by signing in with an OCN ID; no OCN ID, no account. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageDaccountLinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-daccount-link-text">${msg("mypageDaccountLinkIntro")}</p>
        <form id="mypage-daccount-link" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="mypage-daccount-link-continue" name="action" label="mypageDaccountLinkContinue" value="link"/>
                <@buttons.button id="mypage-daccount-no-ocn-id" name="action" label="mypageDaccountNoOcnId" value="no_ocn_id"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
