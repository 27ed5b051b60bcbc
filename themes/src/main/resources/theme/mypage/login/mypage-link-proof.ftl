<#-- One page of proof: お客さま番号, 生年月日 (one field), and 郵便番号 or フリガナ; shown again with the message after a failure. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#macro field name label type="text" value="" inputmode="" autocomplete="off" placeholder="">
    <#assign fieldError = messagesPerField.getFirstError(name)>
    <div class="${properties.kcFormGroupClass!}">
        <label for="${name}" class="${properties.kcFormLabelClass!}">${msg(label)}</label>
        <span class="${properties.kcInputClass!} <#if fieldError?has_content>${properties.kcError!}</#if>">
            <input id="${name}" name="${name}" type="${type}" value="${value}" maxlength="100" autocomplete="${autocomplete}"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> <#if placeholder?has_content>placeholder="${placeholder}"</#if>
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
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('customerNumber','birthDate','postalCode','kana'); section>
    <#if section = "header">
        ${msg("mypageLinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageLinkProofIntro")}</p>
        <form id="mypage-link-proof" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field name="customerNumber" label="mypageLinkNumberLabel" value=(typedNumber!"") placeholder="N123456789"/>
            <@field name="birthDate" label="mypageLinkBirthDateLabel" value=(typedBirthDate!"") inputmode="numeric" placeholder="1985-04-01"/>
            <p class="mypage-note">${msg("mypageLinkPostalOrKanaHint")}</p>
            <@field name="postalCode" label="mypageLinkPostalLabel" inputmode="numeric" autocomplete="postal-code" placeholder="100-0001"/>
            <@field name="kana" label="mypageLinkKanaLabel" placeholder="ヤマダ タロウ"/>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-link-next" name="action" label="mypageLinkNext" value="next"/>
                <@buttons.button id="mypage-link-later" name="action" label="mypageLinkLater" type="secondary" value="later"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
