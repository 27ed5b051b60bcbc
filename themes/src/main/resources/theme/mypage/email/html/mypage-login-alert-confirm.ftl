<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageLoginAlertConfirmBody", link, minutes))?no_esc}</p>
    <p><a href="${link}">${link}</a></p>
    <p>${kcSanitize(msg("mypageLoginAlertConfirmNotMe"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>
