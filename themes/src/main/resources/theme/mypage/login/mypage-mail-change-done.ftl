<#-- After the request (sent: open the link in the mail; 次へ back to the portal), or after the link (changed). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageMailChangeTitle")}
    <#elseif section = "form">
        <#if mailChangeResult == "sent">
            <p class="mypage-lead" id="mypage-mail-change-result">${msg("mypageMailChangeSent", newEmail)}</p>
            <form id="mypage-mail-change-sent" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="mypage-mail-change-next" name="action" label="mypageLinkContinue" value="next"/>
                </@buttons.actionGroup>
            </form>
        <#else>
            <p class="mypage-lead" id="mypage-mail-change-result">${msg("mypageMailChangeDone", newEmail)}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
