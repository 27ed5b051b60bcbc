<#-- 認証番号: the 6-digit code field, 認証する, 再送信 once the cooldown has passed, and a way back. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('target','code'); section>
    <#if section = "header">
        ${msg("mypageCodeEnterTitle")}
    <#elseif section = "form">
        <p class="mypage-lead" id="mypage-code-sent">
            <#if channel == "VOICE">${msg("mypageCodeSentVoice", maskedPhone)}<#else>${msg("mypageCodeSentSms", maskedPhone)}</#if>
            ${msg("mypageCodeLifetime", lifetimeMinutes?c)}
        </p>
        <form id="mypage-code-enter" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#assign codeError = messagesPerField.getFirstError('code','target')>
            <div class="${properties.kcFormGroupClass!}">
                <label for="code" class="${properties.kcFormLabelClass!}">${msg("mypageCodeLabel")}</label>
                <span class="${properties.kcInputClass!} <#if codeError?has_content>${properties.kcError!}</#if>">
                    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                           maxlength="12" autofocus aria-invalid="<#if codeError?has_content>true</#if>"
                           <#if codeError?has_content>aria-describedby="input-error-code"</#if>/>
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
                <@buttons.button id="mypage-code-verify" name="action" label="mypageCodeVerify" value="verify"/>
            </@buttons.actionGroup>
            <div class="mypage-resend">
                <#if resendInSeconds gt 0>
                    <p id="mypage-resend-wait">${msg("mypageCodeResendWait", resendInSeconds?c)}</p>
                    <@buttons.button id="mypage-code-resend" name="action" label="mypageCodeResend" type="secondary" value="resend" disabled="disabled"/>
                <#else>
                    <@buttons.button id="mypage-code-resend" name="action" label="mypageCodeResend" type="secondary" value="resend"/>
                </#if>
                <@buttons.button id="mypage-code-back" name="action" label="mypageCodeBack" type="secondary" value="back"/>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
