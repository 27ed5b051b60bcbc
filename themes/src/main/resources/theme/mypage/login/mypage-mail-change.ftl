<#-- メールアドレスの変更 (after step-up): the new address gets a confirmation link; nothing changes before it is opened. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "mypage-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('email'); section>
    <#if section = "header">
        ${msg("mypageMailChangeTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageMailChangeIntro", currentEmail)}</p>
        <form id="mypage-mail-change" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@fields.field name="email" label="mypageMailChangeLabel" type="email" value=(typedEmail!"") maxlength="254" autocomplete="email"/>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-mail-change-send" name="action" label="mypageMailChangeSend" value="send"/>
                <@buttons.button id="mypage-mail-change-cancel" name="action" label="doCancel" type="secondary" value="cancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
