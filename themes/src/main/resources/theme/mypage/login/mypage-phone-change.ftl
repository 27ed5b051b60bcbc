<#-- 連絡先電話番号の変更: which registered number to replace, and the new number (a code to it comes next). -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('replace','phone'); section>
    <#if section = "header">
        ${msg("mypagePhoneChangeTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypagePhoneChangeIntro")}</p>
        <form id="mypage-phone-change" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <fieldset class="mypage-choices">
                <legend class="${properties.kcFormLabelClass!}">${msg("mypagePhoneChangeOldLegend")}</legend>
                <#list phones as phone>
                    <div class="${properties.kcCheckboxClass!} mypage-choice">
                        <input class="${properties.kcCheckboxInputClass!}" type="radio" name="replace" id="replace-${phone.index()}"
                               value="${phone.index()}" <#if phones?size == 1>checked</#if>/>
                        <label class="${properties.kcCheckboxLabelClass!}" for="replace-${phone.index()}">
                            <span class="mypage-phone">${phone.masked()}</span>
                        </label>
                    </div>
                </#list>
            </fieldset>
            <#assign phoneError = messagesPerField.getFirstError('phone','replace')>
            <div class="${properties.kcFormGroupClass!}">
                <label for="phone" class="${properties.kcFormLabelClass!}">${msg("mypagePhoneChangeNewLabel")}</label>
                <span class="${properties.kcInputClass!} <#if phoneError?has_content>${properties.kcError!}</#if>">
                    <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="30"
                           value="${typedPhone}" placeholder="090-1234-5678" aria-invalid="<#if phoneError?has_content>true</#if>"
                           <#if phoneError?has_content>aria-describedby="input-error-phone"</#if>/>
                </span>
                <#if phoneError?has_content>
                    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                        <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-phone">
                            <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(phoneError)?no_esc}</span>
                        </div>
                    </div>
                </#if>
            </div>
            <p class="mypage-note">${msg("mypagePhoneChangeHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-phone-next" name="action" label="mypagePhoneChangeNext" value="next"/>
                <@buttons.button id="mypage-phone-cancel" name="action" label="doCancel" type="secondary" value="cancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
