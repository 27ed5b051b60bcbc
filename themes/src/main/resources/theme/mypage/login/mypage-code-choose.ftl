<#-- ご本人確認: pick a registered contact phone and a method (SMS / 電話音声通知), then 送信. Works without JavaScript. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('target','code'); section>
    <#if section = "header">
        ${msg("mypageCodeTitle")}
    <#elseif section = "form">
        <#if mypagePurpose??><p class="mypage-lead" id="mypage-purpose">${msg(mypagePurpose)}</p></#if>
        <p class="mypage-lead">${msg("mypageCodeChooseIntro")}</p>
        <form id="mypage-code-choose" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <fieldset class="mypage-choices">
                <legend class="${properties.kcFormLabelClass!}">${msg("mypageCodeChooseLegend")}</legend>
                <#list phones as phone>
                    <#list phone.channels() as channel>
                        <div class="${properties.kcCheckboxClass!} mypage-choice">
                            <input class="${properties.kcCheckboxInputClass!}" type="radio" name="target"
                                   id="target-${phone.index()}-${channel.name()?lower_case}" value="${phone.index()}:${channel.name()}"
                                   <#if phone?is_first && channel?is_first>checked</#if>/>
                            <label class="${properties.kcCheckboxLabelClass!}" for="target-${phone.index()}-${channel.name()?lower_case}">
                                <span class="mypage-phone">${phone.masked()}</span>
                                <span class="mypage-method"><#if channel.name() == "SMS">${msg("mypageCodeMethodSms")}<#else>${msg("mypageCodeMethodVoice")}</#if></span>
                            </label>
                        </div>
                    </#list>
                </#list>
            </fieldset>
            <#if messagesPerField.existsError('target','code')>
                <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                    <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-target">
                        <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(messagesPerField.getFirstError('target','code'))?no_esc}</span>
                    </div>
                </div>
            </#if>
            <p class="mypage-note">${msg("mypageCodeVoiceReminder")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-code-send" name="action" label="mypageCodeSend" value="send"/>
                <@buttons.button id="mypage-code-cancel" name="action" label="doCancel" type="secondary" value="cancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
