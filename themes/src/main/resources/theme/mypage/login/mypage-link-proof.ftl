<#-- One page of proof: お客さま番号, 生年月日 (one field), and 郵便番号 or フリガナ; shown again with the message after a failure. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "mypage-fields.ftl" as fields>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('customerNumber','birthDate','postalCode','kana'); section>
    <#if section = "header">
        ${msg("mypageLinkTitle")}
    <#elseif section = "form">
        <p class="mypage-lead">${msg("mypageLinkProofIntro")}</p>
        <form id="mypage-link-proof" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@fields.field name="customerNumber" label="mypageLinkNumberLabel" value=(typedNumber!"") placeholder="N123456789"/>
            <@fields.field name="birthDate" label="mypageLinkBirthDateLabel" value=(typedBirthDate!"") inputmode="numeric" placeholder="1985-04-01"/>
            <p class="mypage-note">${msg("mypageLinkPostalOrKanaHint")}</p>
            <@fields.field name="postalCode" label="mypageLinkPostalLabel" inputmode="numeric" autocomplete="postal-code" placeholder="100-0001"/>
            <@fields.field name="kana" label="mypageLinkKanaLabel" placeholder="ヤマダ タロウ"/>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-link-next" name="action" label="mypageLinkNext" value="next"/>
                <@buttons.button id="mypage-link-later" name="action" label="mypageLinkLater" type="secondary" value="later"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
