<#-- The OCN ID of the customer number: the end of IDをお忘れの方, or the step before the new password. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        <#if passwordMode>${msg("mypageResetTitle")}<#else>${msg("mypageForgotIdTitle")}</#if>
    <#elseif section = "form">
        <#if ocnId??>
            <p class="mypage-lead">${msg("mypageRecoveryYourId")}</p>
            <p class="mypage-ocn-id" id="mypage-ocn-id"><strong>${ocnId}</strong></p>
            <#if passwordMode>
                <p>${msg("mypageRecoveryNextPassword")}</p>
                <form id="mypage-recovery-result" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <@buttons.actionGroup>
                        <@buttons.button id="mypage-recovery-next" name="action" label="mypageLinkNext" value="next"/>
                    </@buttons.actionGroup>
                </form>
            <#else>
                <p><a id="mypage-back-to-login" href="${url.loginUrl}">${msg("mypageBackToLogin")}</a></p>
            </#if>
        <#else>
            <p class="mypage-lead" id="mypage-no-ocn-id">${msg("mypageRecoveryNoId")}</p>
            <p><a id="mypage-back-to-login" href="${url.loginUrl}">${msg("mypageBackToLogin")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
