<#-- Login history (jp.ocn.mypage.history): the newest sign-ins and failed attempts, and the "not me" button. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("mypageHistoryTitle")}
    <#elseif section = "form">
        <table id="mypage-login-history" class="mypage-history">
            <thead><tr><th>${msg("mypageHistoryTime")}</th><th>${msg("mypageHistoryClient")}</th><th>${msg("mypageHistoryIp")}</th><th>${msg("mypageHistoryDevice")}</th><th>${msg("mypageHistoryMethod")}</th><th>${msg("mypageHistoryResult")}</th></tr></thead>
            <tbody>
            <#list mypageHistory as e>
                <tr><td>${e.time}</td><td>${e.client!""}</td><td>${e.ip!""}</td><td>${e.device}</td><td><#if e.method == "daccount">${msg("mypageHistoryMethodDaccount")}<#elseif e.method == "sms">${msg("mypageHistoryMethodSms")}<#elseif e.method == "voice">${msg("mypageHistoryMethodVoice")}<#else>${msg("mypageHistoryMethodPassword")}</#if></td><td><#if e.result == "success">${msg("mypageHistoryResultSuccess")}<#else>${msg("mypageHistoryResultFailure")}</#if></td></tr>
            </#list>
            </tbody>
        </table>
        <form id="mypage-history-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <p class="mypage-note">${msg("mypageHistoryNotMeHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mypage-history-not-me" name="action" label="mypageHistoryNotMe" value="not_me" type="secondary"/>
                <@buttons.button id="mypage-history-close" name="action" label="mypageHistoryClose" value="close"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
