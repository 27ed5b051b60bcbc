<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageDaccountUnlinkedBody"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageDaccountNoticeNotMe"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>
