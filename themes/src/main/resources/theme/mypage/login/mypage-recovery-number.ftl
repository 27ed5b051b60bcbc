<#-- Recovery by customer number: お客さま番号 and 生年月日; the code goes to the registered phones (none listed). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#macro field name label value="" inputmode="" placeholder="">
    <#assign fieldError = messagesPerField.getFirstError(name)>
    <div class="${properties.kcFormGroupClass!}">
        <label for="${name}" class="${properties.kcFormLabelClass!}">${msg(label)}</label>
        <span class="${properties.kcInputClass!} <#if fieldError?has_content>${properties.kcError!}</#if>">
            <input id="${name}" name="${name}" type="text" value="${value}" maxlength="40" autocomplete="off"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> placeholder="${placeholder}"
                   aria-invalid="<#if fieldError?has_content>true</#if>" <#if fieldError?has_content>aria-describedby="input-error-${name}"</#if>/>
        </span>
        <#if fieldError?has_content>
            <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${name}">
                    <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(fieldError)?no_esc}</span>
                </div>
            </div>
        </#if>
    </div>
</#macro>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('customerNumber','birthDate'); section>
    <#if section = "header">
        <#if recoveryRoute == "id">${msg("mypageForgotIdTitle")}<#else>${msg("mypageResetTitle")}</#if>
    <#elseif section = "form">
        <p class="mypage-lead"><#if recoveryRoute == "id">${msg("mypageForgotIdIntro")}<#else>${msg("mypageResetByNumberIntro")}</#if></p>
        <form id="mypage-recovery-number" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field name="customerNumber" label="mypageLinkNumberLabel" value=(typedNumber!"") placeholder="N123456789"/>
            <@field name="birthDate" label="mypageLinkBirthDateLabel" value=(typedBirthDate!"") inputmode="numeric" placeholder="1985-04-01"/>
            <p class="mypage-note">${msg("mypageRecoveryPhoneHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-recovery-send" name="action" label="mypageCodeSend" value="send"/>
            </@buttons.actionGroup>
        </form>
        <p><a id="mypage-back-to-login" href="${url.loginUrl}">${msg("mypageBackToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
