<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypagePasswordChangedBody", username))?no_esc}</p>
    <p>${kcSanitize(msg("mypagePasswordChangedMailApps"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>
