<#-- Recovery by customer number: お客さま番号 and 生年月日; the code goes to the registered phones (none listed). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "mypage-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('customerNumber','birthDate'); section>
    <#if section = "header">
        <#if recoveryRoute == "id">${msg("mypageForgotIdTitle")}<#else>${msg("mypageResetTitle")}</#if>
    <#elseif section = "form">
        <p class="mypage-lead"><#if recoveryRoute == "id">${msg("mypageForgotIdIntro")}<#else>${msg("mypageResetByNumberIntro")}</#if></p>
        <form id="mypage-recovery-number" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@fields.field maxlength="40" name="customerNumber" label="mypageLinkNumberLabel" value=(typedNumber!"") placeholder="N123456789"/>
            <@fields.field maxlength="40" name="birthDate" label="mypageLinkBirthDateLabel" value=(typedBirthDate!"") inputmode="numeric" placeholder="1985-04-01"/>
            <p class="mypage-note">${msg("mypageRecoveryPhoneHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-recovery-send" name="action" label="mypageCodeSend" value="send"/>
            </@buttons.actionGroup>
        </form>
        <p><a id="mypage-back-to-login" href="${url.loginUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
