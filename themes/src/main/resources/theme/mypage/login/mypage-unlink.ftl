<#-- お客さま番号の登録解除: which linked number to remove (after step-up). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('customerNumber'); section>
    <#if section = "header">
        ${msg("mypageUnlinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageUnlinkIntro")}</p>
        <form id="mypage-unlink" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <fieldset class="mypage-choices">
                <legend class="${properties.kcFormLabelClass!}">${msg("mypageLinkNumberLabel")}</legend>
                <#list linkedNumbers as number>
                    <div class="${properties.kcCheckboxClass!} mypage-choice">
                        <input class="${properties.kcCheckboxInputClass!}" type="radio" name="customerNumber" id="unlink-${number}" value="${number}"/>
                        <label class="${properties.kcCheckboxLabelClass!}" for="unlink-${number}">${number}</label>
                    </div>
                </#list>
            </fieldset>
            <#if messagesPerField.existsError('customerNumber')>
                <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                    <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-customerNumber">
                        <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(messagesPerField.getFirstError('customerNumber'))?no_esc}</span>
                    </div>
                </div>
            </#if>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-unlink-submit" name="action" label="mypageUnlinkSubmit" value="unlink"/>
                <@buttons.button id="mypage-unlink-cancel" name="action" label="doCancel" type="secondary" value="cancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
