<#-- The same page whether or not anything matched: the code went to the registered phones, if it did. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("mypageCodeEnterTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-recovery-sent">${msg("mypageRecoveryCodeSent")}</p>
        <form id="mypage-recovery-code" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#assign codeError = messagesPerField.getFirstError('code')>
            <div class="${properties.kcFormGroupClass!}">
                <label for="code" class="${properties.kcFormLabelClass!}">${msg("mypageCodeLabel")}</label>
                <span class="${properties.kcInputClass!} <#if codeError?has_content>${properties.kcError!}</#if>">
                    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="12" autofocus
                           aria-invalid="<#if codeError?has_content>true</#if>" <#if codeError?has_content>aria-describedby="input-error-code"</#if>/>
                </span>
                <#if codeError?has_content>
                    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                        <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-code">
                            <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(codeError)?no_esc}</span>
                        </div>
                    </div>
                </#if>
            </div>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-recovery-verify" name="action" label="mypageCodeVerify" value="verify"/>
                <@buttons.button id="mypage-recovery-restart" name="action" label="mypageRecoveryRestart" type="secondary" value="restart"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
