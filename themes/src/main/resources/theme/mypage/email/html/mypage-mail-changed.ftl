<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageMailChangedBody", newEmailMasked))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>
