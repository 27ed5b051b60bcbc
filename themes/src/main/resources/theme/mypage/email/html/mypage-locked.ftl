<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageLockedBody", user.username))?no_esc}</p>
    <p><a href="${link}">${kcSanitize(msg("mypageLockedLinkText"))?no_esc}</a></p>
    <p>${kcSanitize(msg("mypageLockedLinkHint", minutes))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>
